package org.passage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.passage.channel.Button;
import org.passage.channel.OutboundMessage;
import org.passage.channel.UserInput;
import org.passage.config.Config;
import org.passage.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chat}: a conversation with the bot in the terminal, through the same inbox, engine and
 * outbox as the platforms. With {@code --json}: one user line in (text, a command, or a button's
 * payload), one JSON object per bot message out.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
    description = "Talk to the bot in the terminal (--json for scripts).")
final class ChatCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Machine-readable: one JSON object per bot message.")
  boolean json;

  @Option(names = "--session", description = "Continue a conversation (8-64 letters/digits); default: a new one.")
  String session;

  @Override
  public Integer call() throws Exception {
    try (App app = Brains.build(Config.fromEnvironment())) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      converse(app, session == null ? UUID.randomUUID().toString() : session, in, out, json);
    }
    return 0;
  }

  /** Runs the conversation until the input ends. */
  static void converse(App app, String session, BufferedReader in, PrintStream out, boolean json)
      throws java.io.IOException {
    List<Button> offered = new ArrayList<>();
    if (!json) {
      out.println("Passage chat. Type a message, a button's number, or /start. Ctrl-D to quit.");
      out.print("you> ");
      out.flush();
    }
    String line;
    while ((line = in.readLine()) != null) {
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      UserInput input = toInput(line, offered, json);
      offered.clear();
      for (OutboundMessage message : app.local().exchange(session, input)) {
        offered.addAll(message.buttons());
        out.println(json ? Json.write(asJson(message)) : show(message, offered));
      }
      if (!json) {
        out.print("you> ");
        out.flush();
      }
    }
  }

  /** {@code {"text":..., "buttons":[{"label":..., "payload":...}]}}, in that order. */
  private static Map<String, Object> asJson(OutboundMessage message) {
    Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("text", message.text());
    json.put("buttons", message.buttons());
    return json;
  }

  private static UserInput toInput(String line, List<Button> offered, boolean json) {
    for (Button b : offered) {
      if (b.payload().equals(line)) {
        return new UserInput.ButtonPress(line);
      }
    }
    if (!json && line.matches("\\d{1,2}")) {
      int n = Integer.parseInt(line);
      if (n >= 1 && n <= offered.size()) {
        return new UserInput.ButtonPress(offered.get(n - 1).payload());
      }
    }
    return new UserInput.Text(line);
  }

  private static String show(OutboundMessage message, List<Button> numbered) {
    StringBuilder s = new StringBuilder("\nbot> ").append(message.text().replace("\n", "\n     "));
    int first = numbered.size() - message.buttons().size();
    for (int i = 0; i < message.buttons().size(); i++) {
      s.append("\n   [").append(first + i + 1).append("] ").append(message.buttons().get(i).label());
    }
    return s.toString();
  }
}
