package org.passage.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passage.FakeUnderstander;
import org.passage.TestApps;
import org.passage.channel.OutboundMessage;
import org.passage.channel.UserInput;

/** The engine as a pure function over the real content, with the predictable fake understander. */
class DialogEngineTest {
  final Content content = TestApps.content();
  final FakeUnderstander fake = new FakeUnderstander(content);
  final DialogEngine engine = new DialogEngine(content, fake, fake);
  final Renderer render = new Renderer(content);

  Outcome say(DialogState state, String text) {
    return engine.handle(state, new UserInput.Text(text), Optional.empty());
  }

  Outcome press(DialogState state, String payload) {
    return engine.handle(state, new UserInput.ButtonPress(payload), Optional.empty());
  }

  static List<OutboundMessage> replies(Outcome o) {
    return o.actions().stream().filter(a -> a instanceof Action.Reply).map(a -> ((Action.Reply) a).message()).toList();
  }

  static OutboundMessage last(Outcome o) {
    List<OutboundMessage> r = replies(o);
    return r.get(r.size() - 1);
  }

  DialogState inLanguage(String lang) {
    return press(DialogState.NEW, "lang:" + lang).state();
  }

  @Test
  void startOffersEveryLanguageInItsOwnName() {
    Outcome o = say(DialogState.NEW, "/start");
    OutboundMessage picker = last(o);
    assertEquals(6, picker.buttons().size());
    assertEquals("lang:ka", picker.buttons().get(0).payload());
    assertEquals("ქართული", picker.buttons().get(0).label());
    assertEquals("فارسی", picker.buttons().get(4).label());
    assertNull(o.state().lang());
  }

  @Test
  void choosingALanguageWelcomesAndShowsTheMenuInThatLanguage() {
    for (String lang : Languages.ALL) {
      Outcome o = press(DialogState.NEW, "lang:" + lang);
      assertEquals(lang, o.state().lang());
      List<OutboundMessage> r = replies(o);
      assertEquals(render.text(lang, "welcome"), r.get(0).text());
      assertEquals(render.text(lang, "main"), r.get(1).text());
      assertFalse(r.get(1).buttons().isEmpty());
    }
  }

  @Test
  void aButtonGoesToItsNodeAndBackReturns() {
    DialogState en = inLanguage("en");
    Outcome o = press(en, "go:visa_free");
    assertEquals(render.text("en", "visa_free"), last(o).text());
    assertTrue(last(o).buttons().stream().anyMatch(b -> b.payload().equals("go:main")));
    assertEquals("visa_free", o.state().node());
  }

  @Test
  void aQuestionInTheConversationLanguageGetsItsAnswer() {
    for (String lang : Languages.ALL) {
      Outcome o = say(inLanguage(lang), FakeUnderstander.phrase(content, lang, "visa_free"));
      assertEquals(render.text(lang, "visa_free"), last(o).text(), lang);
    }
  }

  @Test
  void unrecognisedTextGetsTheKindFallbackNotAGuess() {
    Outcome o = say(inLanguage("en"), "qwerty asdf");
    assertEquals(render.text("en", "not_understood"), last(o).text());
  }

  @Test
  void textInAnotherScriptOffersToSwitchAndThenAnswersTheQuestion() {
    String russian = FakeUnderstander.phrase(content, "ru", "study_abroad");
    Outcome offer = say(inLanguage("en"), russian);
    OutboundMessage m = last(offer);
    // asked in the language the user writes in, so they can read it
    assertEquals(render.text("ru", "language.switch_offer", java.util.Map.of("language", "Русский")), m.text());
    assertEquals("switch:ru", m.buttons().get(0).payload());
    assertEquals("keep", m.buttons().get(1).payload());
    Outcome switched = press(offer.state(), "switch:ru");
    assertEquals("ru", switched.state().lang());
    assertEquals(render.text("ru", "study_abroad"), last(switched).text());
  }

  @Test
  void freeTextBeforeAnyLanguageInAClearScriptPicksThatLanguage() {
    Outcome o = say(DialogState.NEW, FakeUnderstander.phrase(content, "ka", "visa_free"));
    assertEquals("ka", o.state().lang());
    assertEquals(render.text("ka", "visa_free"), last(o).text());
  }

  @Test
  void languageCommandShowsThePickerAgain() {
    Outcome o = say(inLanguage("tr"), "/language");
    assertEquals(6, last(o).buttons().size());
    Outcome switched = press(o.state(), "lang:sq");
    assertEquals("sq", switched.state().lang());
    assertEquals(render.text("sq", "main"), last(switched).text());
  }

  @Test
  void deepLinkPicksLanguageAndFlow() {
    Outcome o = say(DialogState.NEW, "/start ka_report");
    assertEquals("ka", o.state().lang());
    assertEquals(render.text("ka", "report"), last(o).text());
  }

  @Test
  void deepLinkToANodeWithUnderscoresWithoutALanguageAsksTheLanguageFirst() {
    Outcome o = say(DialogState.NEW, "/start job_check");
    assertEquals(6, last(o).buttons().size());
    Outcome chosen = press(o.state(), "lang:ru");
    assertEquals(render.text("ru", "job_check"), last(chosen).text());
    assertEquals(render.text("en", "main"), last(say(inLanguage("en"), "/start nonsense")).text());
  }

  @Test
  void commandsWorkFromAnywhere() {
    DialogState fa = press(inLanguage("fa"), "go:visa_free").state();
    assertEquals(render.text("fa", "main"), last(say(fa, "/menu")).text());
    assertEquals(render.text("fa", "help"), last(say(fa, "/help")).text());
    assertEquals(render.text("fa", "report"), last(say(fa, "/report")).text());
    assertEquals(render.text("fa", "main"), last(say(fa, "/menu@PassageBot")).text());
  }

  @Test
  void forgetAsksFirstThenErases() {
    Outcome ask = say(inLanguage("en"), "/forget");
    assertEquals(List.of("forget:yes", "forget:no"), last(ask).buttons().stream().map(b -> b.payload()).toList());
    assertTrue(ask.actions().stream().noneMatch(a -> a instanceof Action.Forgotten));
    Outcome yes = press(ask.state(), "forget:yes");
    assertTrue(yes.actions().get(0) instanceof Action.Forgotten);
    assertEquals(render.text("en", "forgotten"), last(yes).text());
    assertEquals(DialogState.NEW, yes.state());
    Outcome no = press(ask.state(), "forget:no");
    assertTrue(no.actions().stream().noneMatch(a -> a instanceof Action.Forgotten));
  }

  @Test
  void urgentMessageGetsEmergencyNumberAtOnceAndAnUrgentCase() {
    Outcome o = say(inLanguage("ru"), "DANGER");
    OutboundMessage m = replies(o).get(0);
    assertTrue(m.text().contains("112"), m.text());
    assertTrue(m.text().contains("116 006"), m.text());
    assertTrue(o.actions().stream().anyMatch(a -> a instanceof Action.CaseRaised c && c.kind().equals("urgent")));
  }

  @Test
  void flaggedConversationGetsAGentleOfferOnceAndACase() {
    Outcome o = say(inLanguage("en"), "PASSPORT-TAKEN");
    assertEquals(render.text("en", "screening.flagged"), last(o).text());
    assertTrue(o.actions().stream().anyMatch(a -> a instanceof Action.CaseRaised c && c.kind().equals("flagged")));
    Outcome again = say(o.state(), "PASSPORT-TAKEN");
    assertTrue(again.actions().stream().noneMatch(a -> a instanceof Action.CaseRaised));
  }

  @Test
  void jobOfferDescriptionGoesToStaffAndThanksTheUser() {
    Outcome ask = press(inLanguage("en"), "go:job_check_describe");
    assertTrue(ask.state().awaitingInput());
    Outcome sent = say(ask.state(), "Company X offers 3000 euro in Poland, asks 500 fee");
    assertTrue(sent.actions().stream().anyMatch(a -> a instanceof Action.CaseRaised c
        && c.kind().equals("job_offer") && c.excerpt().contains("3000 euro")));
    assertEquals(render.text("en", "job_check_sent"), last(sent).text());
    assertFalse(sent.state().awaitingInput());
  }

  @Test
  void talkToAPersonRaisesAPersonCase() {
    Outcome o = press(inLanguage("sq"), "go:talk_to_person");
    assertTrue(o.actions().stream().anyMatch(a -> a instanceof Action.CaseRaised c && c.kind().equals("person")));
  }

  @Test
  void staleOrForgedButtonsLeadBackToTheMenu() {
    assertEquals(render.text("en", "main"), last(press(inLanguage("en"), "go:no_such_node")).text());
    assertEquals(render.text("en", "main"), last(press(inLanguage("en"), "anything")).text());
  }

  @Test
  void overlongTextIsRefusedWithTheLimit() {
    Outcome o = say(inLanguage("en"), "a".repeat(DialogEngine.MAX_INPUT + 1));
    assertTrue(last(o).text().contains(String.valueOf(DialogEngine.MAX_INPUT)));
  }
}
