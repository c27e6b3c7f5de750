package org.passage.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.channel.Button;
import org.passage.channel.OutboundMessage;
import org.passage.channel.UserInput;
import org.passage.nlp.Understander;
import org.passage.nlp.Understanding;
import org.passage.screening.RiskProfile;
import org.passage.screening.Screener;

/**
 * The conversation logic, as a pure function: (state, message) in, (new state, actions) out.
 * It never sends, stores or logs anything; the worker carries out its actions. Thread-safe.
 */
public final class DialogEngine {
  /** Longest free text accepted; Messenger's own limit is 2000 characters. */
  public static final int MAX_INPUT = 2000;
  /** How sure the language detector must be before the bot offers to switch language. */
  static final double SWITCH_CONFIDENCE = 0.9;

  private final Content content;
  private final Renderer render;
  private final Understander understander;
  private final Screener screener;

  public DialogEngine(Content content, Understander understander, Screener screener) {
    this.content = content;
    this.render = new Renderer(content);
    this.understander = understander;
    this.screener = screener;
  }

  public Content content() {
    return content;
  }

  /**
   * Handles one message.
   *
   * @param languageHint a language the platform suggests; used only while none is chosen
   */
  public Outcome handle(DialogState state, UserInput input, Optional<String> languageHint) {
    Turn turn = new Turn(state);
    if (input instanceof UserInput.Text t) {
      text(turn, t.text().strip(), languageHint);
    } else if (input instanceof UserInput.ButtonPress b) {
      button(turn, b.payload());
    } else if (input instanceof UserInput.Attachments a) {
      if (a.caption().filter(c -> !c.isBlank()).isPresent()) {
        text(turn, a.caption().get().strip(), languageHint);
      } else if (turn.state.lang() == null) {
        turn.reply(render.languagePicker());
      } else {
        enter(turn, content.node("not_understood"));
      }
    }
    return turn.outcome();
  }

  /**
   * What to say when a message could not be handled at all: the "not understood" node in
   * {@code lang}, or the language picker when the language is unknown.
   */
  public OutboundMessage fallback(String lang) {
    return Languages.isSupported(lang) ? render.node(lang, content.node("not_understood")) : render.languagePicker();
  }

  private void text(Turn turn, String text, Optional<String> hint) {
    if (text.startsWith("/")) {
      command(turn, text);
    } else if (text.isEmpty()) {
      showMenuOrPicker(turn);
    } else if (text.length() > MAX_INPUT) {
      String lang = turn.state.lang() == null ? hint.filter(Languages::isSupported).orElse("en") : turn.state.lang();
      turn.reply(new OutboundMessage(render.text(lang, "input.too_long", Map.of("max", String.valueOf(MAX_INPUT))),
          List.of(render.button(lang, "btn.menu", Payloads.GO + content.menu()))));
    } else {
      freeText(turn, text, hint);
    }
  }

  private void command(Turn turn, String text) {
    String[] parts = text.substring(1).split("\\s+", 2);
    String name = parts[0].replaceFirst("@.*$", "").toLowerCase(java.util.Locale.ROOT);
    String arg = parts.length > 1 ? parts[1].strip() : "";
    switch (name) {
      case "start" -> start(turn, arg);
      case "language" -> turn.reply(render.languagePicker());
      case "menu" -> show(turn, content.menu());
      case "help" -> show(turn, "help");
      case "report" -> show(turn, "report");
      case "forget" -> show(turn, "forget");
      default -> show(turn, "not_understood");
    }
  }

  /** {@code /start}, optionally with a deep-link payload such as {@code ka}, {@code report} or {@code ka_report}. */
  private void start(Turn turn, String payload) {
    String target = content.menu();
    String rest = payload.strip();
    int cut = rest.indexOf('_');
    String head = cut < 0 ? rest : rest.substring(0, cut);
    if (Languages.isSupported(head)) {
      turn.state = turn.state.withLang(head);
      rest = cut < 0 ? "" : rest.substring(cut + 1);
    }
    if (content.nodes().containsKey(rest)) {
      target = rest;
    }
    if (turn.state.lang() == null) {
      turn.state = turn.state.at(target, false);
      turn.reply(render.languagePicker());
      return;
    }
    turn.reply(new OutboundMessage(render.text(turn.state.lang(), "welcome"), List.of()));
    enter(turn, content.node(target));
  }

  private void button(Turn turn, String payload) {
    String lang = turn.state.lang();
    if (payload.startsWith(Payloads.LANG) && Languages.isSupported(payload.substring(Payloads.LANG.length()))) {
      boolean first = lang == null;
      String pending = turn.state.pendingText();
      String target = turn.state.node() == null ? content.menu() : turn.state.node();
      turn.state = turn.state.withLang(payload.substring(Payloads.LANG.length()));
      if (first) {
        turn.reply(new OutboundMessage(render.text(turn.state.lang(), "welcome"), List.of()));
      }
      if (pending != null) {
        answer(turn, pending, understander.understand(pending, turn.state.lang()));
      } else {
        enter(turn, content.nodes().getOrDefault(first ? target : content.menu(), content.node(content.menu())));
      }
    } else if (lang == null) {
      turn.reply(render.languagePicker());
    } else if (payload.startsWith(Payloads.SWITCH) || payload.equals(Payloads.KEEP)) {
      String pending = turn.state.pendingText();
      if (payload.startsWith(Payloads.SWITCH) && Languages.isSupported(payload.substring(Payloads.SWITCH.length()))) {
        turn.state = turn.state.withLang(payload.substring(Payloads.SWITCH.length()));
      }
      if (pending == null) {
        show(turn, content.menu());
      } else {
        answer(turn, pending, understander.understand(pending, turn.state.lang()));
      }
    } else if (payload.equals(Payloads.FORGET_YES)) {
      turn.actions.add(new Action.Forgotten());
      turn.state = DialogState.NEW.withLang(lang);
      turn.reply(render.node(lang, content.node("forgotten")));
      turn.state = DialogState.NEW;
    } else if (payload.equals(Payloads.FORGET_NO)) {
      show(turn, content.menu());
    } else if (payload.startsWith(Payloads.GO) && content.nodes().containsKey(payload.substring(Payloads.GO.length()))) {
      show(turn, payload.substring(Payloads.GO.length()));
    } else {
      show(turn, content.menu()); // a stale or unknown button: back to safe ground
    }
  }

  private void freeText(Turn turn, String text, Optional<String> hint) {
    if (turn.state.lang() == null) {
      Understanding guess = understander.understand(text, hint.filter(Languages::isSupported).orElse("en"));
      if (guess.langConfidence() < SWITCH_CONFIDENCE && hint.filter(Languages::isSupported).isEmpty()) {
        turn.state = turn.state.pending(text, null);
        turn.reply(render.languagePicker());
        return;
      }
      turn.state = turn.state.withLang(guess.langConfidence() >= SWITCH_CONFIDENCE ? guess.lang() : hint.get());
      turn.reply(new OutboundMessage(render.text(turn.state.lang(), "welcome"), List.of()));
    }
    String lang = turn.state.lang();
    Understanding u = understander.understand(text, lang);
    RiskProfile before = turn.state.risk();
    RiskProfile after = screener.accumulate(before, u.screening());
    turn.state = turn.state.withRisk(after);
    Optional<Node.Input> awaited = turn.state.awaitingInput() && turn.state.node() != null
        ? content.node(turn.state.node()).input() : Optional.empty();

    if (u.screening().urgent()) {
      turn.actions.add(new Action.CaseRaised("urgent", after, text, lang));
      turn.reply(new OutboundMessage(render.text(lang, "screening.urgent"), List.of(
          render.button(lang, "btn.talk_to_person", Payloads.GO + "talk_to_person"),
          render.button(lang, "btn.menu", Payloads.GO + content.menu()))));
    }
    if (awaited.isPresent()) {
      turn.actions.add(new Action.CaseRaised(awaited.get().handoff(), after, text, lang));
      enter(turn, content.node(awaited.get().next()));
      return;
    }
    if (u.screening().urgent()) {
      turn.state = turn.state.at(turn.state.node(), false);
      return;
    }
    if (after.flag() && !before.flag()) {
      turn.actions.add(new Action.CaseRaised("flagged", after, text, lang));
      turn.state = turn.state.at(turn.state.node(), false);
      turn.reply(new OutboundMessage(render.text(lang, "screening.flagged"), List.of(
          render.button(lang, "btn.talk_to_person", Payloads.GO + "talk_to_person"),
          render.button(lang, "btn.menu", Payloads.GO + content.menu()))));
      return;
    }
    if (!u.lang().equals(lang) && u.langConfidence() >= SWITCH_CONFIDENCE && Languages.isSupported(u.lang())) {
      turn.state = turn.state.pending(text, u.lang());
      String other = u.lang();
      turn.reply(new OutboundMessage(
          render.text(other, "language.switch_offer", Map.of("language", render.text(other, "language.name"))),
          List.of(render.button(other, "language.switch_yes", Payloads.SWITCH + other),
              render.button(lang, "language.keep", Payloads.KEEP))));
      return;
    }
    answer(turn, text, u);
  }

  private void answer(Turn turn, String text, Understanding u) {
    Optional<Node> node = u.intent().flatMap(i -> content.nodeForIntent(i.intent()));
    enter(turn, node.orElse(content.node("not_understood")));
  }

  private void show(Turn turn, String nodeId) {
    if (turn.state.lang() == null) {
      turn.state = turn.state.at(nodeId, false);
      turn.reply(render.languagePicker());
    } else {
      enter(turn, content.node(nodeId));
    }
  }

  private void showMenuOrPicker(Turn turn) {
    show(turn, content.menu());
  }

  private void enter(Turn turn, Node node) {
    String lang = turn.state.lang();
    turn.state = turn.state.at(node.id(), node.input().isPresent());
    OutboundMessage message = render.node(lang, node);
    if (node.id().equals("forget")) {
      message = new OutboundMessage(message.text(), List.of(
          render.button(lang, "forget.confirm_yes", Payloads.FORGET_YES),
          render.button(lang, "forget.cancel", Payloads.FORGET_NO)));
    }
    turn.reply(message);
    node.handoff().ifPresent(kind -> turn.actions.add(new Action.CaseRaised(kind, turn.state.risk(), null, lang)));
  }

  /** The state and actions being built for one message. */
  private static final class Turn {
    DialogState state;
    final List<Action> actions = new ArrayList<>();

    Turn(DialogState state) {
      this.state = state;
    }

    void reply(OutboundMessage message) {
      actions.add(new Action.Reply(message));
    }

    Outcome outcome() {
      return new Outcome(state, actions);
    }
  }
}
