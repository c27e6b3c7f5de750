package org.passage.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passage.TestApps;
import org.passage.channel.OutboundMessage;
import org.passage.channel.UserInput;
import org.passage.nlp.OpenNlpUnderstander;
import org.passage.screening.WeightedScreener;

/**
 * The real models and word lists behind the engine: a conversation that reveals exploitation
 * gets the right reply in every language, and ordinary questions are not treated as risk.
 */
class ScreeningReactionTest {
  static DialogEngine engine;
  static Renderer render;

  @BeforeAll
  static void load() {
    Content content = TestApps.content();
    engine = new DialogEngine(content, OpenNlpUnderstander.load(TestApps.DIALOGS, Path.of("nlp-models")),
        new WeightedScreener(TestApps.DIALOGS));
    render = new Renderer(content);
  }

  record Case(String lang, String risky, String urgent, String benign) {}

  static List<Case> cases() {
    return List.of(
        new Case("en", "the agency took my passport and says i owe them 3000 for the visa",
            "help they locked us in and the boss beats us", "how do i renew my passport"),
        new Case("ka", "დამსაქმებელმა პასპორტი წამართვა და ხელფასს არ მიხდის",
            "დაგვკეტეს ოთახში და გვცემენ, გვიშველეთ", "როგორ გავაგრძელო ჩემი პასპორტი"),
        new Case("ru", "работодатель забрал паспорт и не платит зарплату уже три месяца",
            "помогите нас заперли и бьют", "как продлить свой паспорт"),
        new Case("tr", "patron pasaportumu aldı ve maaşımı ödemiyor",
            "yardım edin bizi odaya kilitlediler ve dövüyorlar", "pasaportumu nasıl yenilerim"),
        new Case("fa", "کارفرما پاسپورتم را گرفته و حقوقم را نمی‌دهد",
            "کمک کنید ما را در خانه زندانی کرده‌اند و کتک می‌زنند", "چطور پاسپورتم را تمدید کنم"),
        new Case("sq", "punëdhënësi ma mori pasaportën dhe nuk më paguan rrogën",
            "ndihmë na kanë mbyllur brenda dhe na rrahin", "si ta rinovoj pasaportën time"));
  }

  static DialogState in(String lang) {
    return engine.handle(DialogState.NEW, new UserInput.ButtonPress("lang:" + lang), Optional.empty()).state();
  }

  static Outcome say(DialogState state, String text) {
    return engine.handle(state, new UserInput.Text(text), Optional.empty());
  }

  static List<OutboundMessage> replies(Outcome o) {
    return o.actions().stream().filter(a -> a instanceof Action.Reply).map(a -> ((Action.Reply) a).message()).toList();
  }

  static boolean raised(Outcome o, String kind) {
    return o.actions().stream().anyMatch(a -> a instanceof Action.CaseRaised c && c.kind().equals(kind));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void exploitationGetsTheGentleOfferAndACaseInEveryLanguage(Case c) {
    Outcome o = say(in(c.lang()), c.risky());
    assertTrue(raised(o, "flagged"), c.lang() + ": not flagged");
    assertEquals(render.text(c.lang(), "screening.flagged"), replies(o).get(0).text());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void immediateDangerGetsTheEmergencyNumberInEveryLanguage(Case c) {
    Outcome o = say(in(c.lang()), c.urgent());
    assertTrue(raised(o, "urgent"), c.lang() + ": not urgent");
    String text = replies(o).get(0).text();
    assertEquals(render.text(c.lang(), "screening.urgent"), text);
    assertTrue(text.contains("112"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void askingAboutOnesOwnPassportRenewalIsNotFlagged(Case c) {
    Outcome o = say(in(c.lang()), c.benign());
    assertTrue(o.actions().stream().noneMatch(a -> a instanceof Action.CaseRaised), c.lang());
    assertTrue(!o.state().risk().flag(), c.lang());
  }

  @Test
  void riskAddsUpOverTheConversation() {
    DialogState en = in("en");
    Outcome first = say(en, "they promised me a job in a hotel but it was something else");
    assertTrue(!raised(first, "flagged"));
    Outcome second = say(first.state(), "and now i have a big debt to the agency for the ticket");
    assertTrue(raised(second, "flagged"));
    assertTrue(second.state().risk().indicators().keySet().containsAll(
        List.of("deceptive_recruitment", "recruitment_fees_debt")), second.state().risk().indicators().toString());
  }
}
