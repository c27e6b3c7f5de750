package org.passage.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OpenNlpUnderstanderTest {

  static final Understander UNDERSTANDER = OpenNlpUnderstander.load(Path.of("dialogs"), Path.of("nlp-models"));

  @Test
  void georgianScriptIsClearEnoughToOfferASwitch() {
    Understanding u = UNDERSTANDER.understand("პასპორტი წამართვეს და გარეთ არ მიშვებენ", "en");
    assertEquals("ka", u.lang());
    assertTrue(u.langConfidence() >= 0.9);
    assertTrue(u.screening().indicators().containsKey("document_retention"));
  }

  @Test
  void aClearFaqQuestionGetsItsIntent() {
    Understanding u = UNDERSTANDER.understand("how long can i stay in schengen without a visa", "en");
    assertEquals("visa_free", u.intent().orElseThrow().intent());
  }

  @Test
  void greetingsGoToTheMenuInEveryLanguage() {
    for (String[] m : new String[][] {{"hello", "en"}, {"გამარჯობა", "ka"}, {"привет", "ru"},
        {"merhaba", "tr"}, {"سلام", "fa"}, {"përshëndetje", "sq"}}) {
      assertEquals("greeting", UNDERSTANDER.understand(m[0], m[1]).intent().orElseThrow().intent(), m[0]);
    }
  }

  @Test
  void renewingOnesOwnPassportIsOutOfScopeNotAReport() {
    assertEquals("out_of_scope",
        UNDERSTANDER.understand("how do i renew my passport", "en").intent().orElseThrow().intent());
  }

  @Test
  void aJobAbroadInRussianIsLegalWork() {
    assertEquals("legal_work_abroad",
        UNDERSTANDER.understand("мне нужна работа в польше", "ru").intent().orElseThrow().intent());
  }

  @Test
  void gibberishGetsNoIntent() {
    assertTrue(UNDERSTANDER.understand("zzz qqq", "en").intent().isEmpty());
  }

  @Test
  void transliteratedRussianIsRecognisedAndScreenedAsRussian() {
    Understanding u = UNDERSTANDER.understand("rabotodatel zabral pasport", "en");
    assertEquals("ru", u.lang());
    assertTrue(u.screening().indicators().containsKey("document_retention"));
  }

  @Test
  void aMissingModelsFolderNamesTheManifestAndTheCommand() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> OpenNlpUnderstander.load(Path.of("dialogs"), Path.of("target/no-such-models")));
    assertTrue(e.getMessage().contains("manifest.json") && e.getMessage().contains("passage.jar train"), e.getMessage());
  }
}
