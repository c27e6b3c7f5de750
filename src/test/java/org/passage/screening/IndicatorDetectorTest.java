package org.passage.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorDetectorTest {

  static final IndicatorDetector DETECTOR = IndicatorDetector.load(Path.of("dialogs/screening"));

  static Screening screen(String lang, String text) {
    return DETECTOR.screen(text, List.of(lang));
  }

  @Test
  void negatedPassportLossIsNotDocumentRetention() {
    assertTrue(screen("en", "nobody took my passport, I lost it").indicators().isEmpty());
    assertTrue(screen("ru", "никто не забирал паспорт, я его потерял").indicators().isEmpty());
    assertTrue(screen("ka", "pasporti davkarge, aravin wamartva").indicators().isEmpty());
    assertTrue(screen("tr", "kimse pasaportumu almadı, kaybettim").indicators().isEmpty());
  }

  @Test
  void georgianRespectIdiomIsNotBeatingButBeatingIs() {
    assertTrue(screen("ka", "დამსაქმებელი პატივს გვცემს").indicators().isEmpty());
    assertTrue(screen("ka", "chemi ufrosi pativs gvcems").indicators().isEmpty());
    assertTrue(screen("ka", "დამსაქმებელი გვცემს").urgent());
  }

  @Test
  void aConditionalQuestionInTheMiddleOfASentenceIsHedged() {
    assertEquals(0.5, screen("en", "what should i do if they take my passport").indicators().get("document_retention"));
    assertEquals(0.5, screen("en", "is it legal if the employer keeps my passport").indicators().get("document_retention"));
    assertEquals(1.0, screen("en", "what should i do, they took my passport").indicators().get("document_retention"));
  }

  @Test
  void aLegitimateContextCancelsOnlyTheMatchItQualifies(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("dialogs/screening/indicators.yaml"), dir.resolve("indicators.yaml"));
    Files.writeString(dir.resolve("en.yaml"), """
        indicators:
          document_retention:
            strong:
              - keep|keeps|kept passport
        except:
          - copy|photos passport
        """);
    IndicatorDetector detector = IndicatorDetector.load(dir);
    assertTrue(detector.screen("can the employer keep a copy of my passport", List.of("en")).indicators().isEmpty());
    assertEquals(1.0, detector.screen("they keep my passport. i only have a copy of it", List.of("en"))
        .indicators().get("document_retention"));
    assertEquals(1.0, detector.screen("they keep my passport and send my photos to men", List.of("en"))
        .indicators().get("document_retention"));
  }

  @Test
  void sayingWhenYouArrivedDoesNotSilenceDangerNow() {
    assertTrue(screen("en", "i came to russia 2 years ago. the boss locks us in the flat and beats us").urgent());
    assertTrue(screen("en", "i came 2 years ago and now they lock us in the container, please help").urgent());
  }

  @Test
  void aLegitimateContextDoesNotReachAcrossAConjunctionOrBorrowTheSign() {
    assertTrue(screen("en", "they took my passport and locked me in, please help").urgent());
    assertTrue(screen("en", "the boss took all my money and locked me in the basement")
        .indicators().containsKey("movement_restriction"));
    assertTrue(screen("en", "i sent them photos and they took my passport").indicators().containsKey("document_retention"));
    assertTrue(screen("tr", "fotoğrafımı çektiler ve pasaportumu aldılar").indicators().containsKey("document_retention"));
    // the passport is kept (a sign), but nobody is locked in
    assertFalse(screen("en", "madam locked my passport in her drawer, is it legal").indicators().containsKey("movement_restriction"));
    assertTrue(screen("en", "the hotel kept a copy of my passport").indicators().isEmpty());
  }

  @Test
  void aCallForHelpMakesBeingHeldUrgentHoweverFarApartTheyAre() {
    assertTrue(screen("sq", "natën e mbyllin kontejnerin nuk mund të dalim ju lutem ndihmë").urgent());
    assertFalse(screen("sq", "natën e mbyllin kontejnerin nuk mund të dalim").urgent());
    assertTrue(screen("en", "they lock the container every night and we sleep on the floor with twelve people, help").urgent());
    assertFalse(screen("en", "help me find a job in germany, how do i get a work visa").urgent());
  }

  @Test
  void aPositiveStatementIsDocumentRetention() {
    assertEquals(1.0, screen("en", "my boss took my passport").indicators().get("document_retention"));
  }

  @Test
  void aNegationInAnotherClauseDoesNotCancelTheMatch() {
    assertTrue(screen("en", "they dont pay him and hold his passport").indicators().containsKey("document_retention"));
  }

  @Test
  void aPatternThatIsItselfNegativeIsNotCancelledByNegativeConcord() {
    assertTrue(screen("ru", "ни с кем не могу связаться").indicators().containsKey("isolation"));
    assertTrue(screen("en", "they dont let us leave").indicators().containsKey("movement_restriction"));
  }

  @Test
  void aThirdPersonCaseCountsInFull() {
    assertEquals(1.0, screen("en", "my cousin is forced to work on a farm").indicators().get("threats_violence"));
  }

  @Test
  void aHypotheticalQuestionCountsHalf() {
    assertEquals(0.5, screen("en", "what if my employer keeps my passport").indicators().get("document_retention"));
  }

  @Test
  void aConditionalThreatIsNotWeakened() {
    Screening s = screen("en", "if you run away we will kill you");
    assertEquals(1.0, s.indicators().get("threats_violence"));
    assertTrue(s.urgent());
  }

  @Test
  void georgianInLatinLettersIsScreenedWithTheGeorgianLexicon() {
    assertTrue(screen("ka", "pasporti wamartves").indicators().containsKey("document_retention"));
    assertTrue(screen("ka", "ar mixdian xelfass").indicators().containsKey("wage_withholding"));
    assertTrue(screen("ka", "tsamartves pasports").indicators().containsKey("document_retention"));
  }

  @Test
  void russianInLatinLettersIsScreenedWithTheRussianLexicon() {
    assertTrue(screen("ru", "rabotodatel zabral pasport").indicators().containsKey("document_retention"));
    assertTrue(screen("ru", "ne platyat zarplatu").indicators().containsKey("wage_withholding"));
  }

  @Test
  void verbFinalNegationDeniesTheMatch() {
    assertTrue(screen("fa", "کسی منو زندانی نکرده").indicators().isEmpty());
    assertTrue(screen("tr", "patron beni dövmüyor").indicators().isEmpty());
  }

  @Test
  void lockedInWithHelpIsUrgentButLockedOutOfADiscussionIsNot() {
    assertTrue(screen("en", "help they locked me in the room").urgent());
    assertFalse(screen("en", "where can i get help right now").urgent());
  }

  @Test
  void aChildInDangerIsUrgent() {
    assertTrue(screen("en", "a 14 year old girl works here and the boss beats her").urgent());
  }

  @Test
  void turkishNegativeConcordStillCountsButANegativeVerbIsNotAStem() {
    assertTrue(screen("tr", "hiç maaş ödemiyorlar").indicators().containsKey("wage_withholding"));
    assertTrue(screen("tr", "beni kimse kilitlemedi, istediğim zaman çıkabiliyorum").indicators().isEmpty());
    assertTrue(screen("tr", "ajans iş buldu ve onlara hiç para ödemedim").indicators().isEmpty());
  }

  @Test
  void shortWordsMatchOnlyThemselves() {
    // "მათ" (them) must not match "მატარებელში" (on the train); "no" must not match "not"
    assertTrue(screen("ka", "მატარებელში პასპორტი დავკარგე").indicators().isEmpty());
    assertTrue(screen("en", "the agency helped me find a job and i did not pay them anything").indicators().isEmpty());
  }

  @Test
  void paraphrasedWageWithholdingAndSexualExploitationAreFound() {
    assertTrue(screen("en", "no money since we arrived, the boss keeps saying next week").indicators().containsKey("wage_withholding"));
    assertTrue(screen("ru", "всё вычли за еду и койку").indicators().containsKey("wage_withholding"));
    assertTrue(screen("en", "they make her go with men").indicators().containsKey("sexual_exploitation"));
    assertTrue(screen("sq", "vajzat e fshatit i shesin").indicators().containsKey("sexual_exploitation"));
  }

  @Test
  void aTakenChildOrDaysWithoutFoodAreUrgent() {
    assertTrue(screen("en", "they took my child").urgent());
    assertTrue(screen("fa", "چند روزه غذا نخوردیم").urgent());
    assertFalse(screen("en", "i took my child to the doctor").urgent());
  }

  @Test
  void beingLockedInOrBeatenNowIsUrgentInEveryLanguage() {
    assertTrue(screen("en", "he beats us").urgent());
    assertTrue(screen("en", "they lock us in at night").urgent());
    assertTrue(screen("en", "we are locked in the flat").urgent());
    assertTrue(screen("ka", "ბინაში გვკეტავენ").urgent());
    assertTrue(screen("ka", "ufrosi gvcems").urgent());
    assertTrue(screen("ru", "хозяин нас бьёт").urgent());
    assertTrue(screen("ru", "нас запирают на ночь").urgent());
    assertTrue(screen("tr", "patron bizi dövüyor").urgent());
    assertTrue(screen("tr", "geceleri bizi odaya kilitliyorlar").urgent());
    assertTrue(screen("fa", "صاحبکارم منو کتک میزنه").urgent());
    assertTrue(screen("fa", "شبا در رو روی ما قفل میکنن").urgent());
    assertTrue(screen("sq", "shefi na rreh").urgent());
    assertTrue(screen("sq", "na mbyllin brenda").urgent());
  }

  @Test
  void negatedHedgedOrPastLockingAndBeatingIsNotUrgent() {
    assertFalse(screen("en", "nobody beats us").urgent());
    assertFalse(screen("en", "they never locked us in").urgent());
    assertFalse(screen("en", "what if they lock me in").urgent());
    assertFalse(screen("en", "years ago my boss hit me once, now i am home").urgent());
    assertFalse(screen("ka", "არავინ გვცემს").urgent());
    assertFalse(screen("ka", "არასდროს ჩაგვკეტეს").urgent());
    assertFalse(screen("ru", "нас никто не бьёт").urgent());
    assertFalse(screen("ru", "нас никогда не запирали").urgent());
    assertFalse(screen("tr", "kimse bizi dövmüyor").urgent());
    assertFalse(screen("tr", "beni kimse kilitlemedi").urgent());
    assertFalse(screen("fa", "کسی ما رو کتک نمیزنه").urgent());
    assertFalse(screen("fa", "هیچکس منو زندانی نکرده").urgent());
    assertFalse(screen("sq", "askush nuk na rreh").urgent());
    assertFalse(screen("sq", "nuk na mbyllin brenda").urgent());
  }

  @Test
  void officeHoursAndLocationQuestionsAreNotMovementRestriction() {
    assertTrue(screen("ka", "sad aris tqveni ofisi batumshi").indicators().isEmpty());
    assertTrue(screen("sq", "ne sa mbyllet zyra").indicators().isEmpty());
    assertTrue(screen("sq", "na mbyllin brenda").indicators().containsKey("movement_restriction"));
    assertTrue(screen("en", "how do i lock my phone screen").indicators().isEmpty());
    assertTrue(screen("tr", "telefonum kilitli, şifreyi unuttum").indicators().isEmpty());
    assertTrue(screen("fa", "گوشیم قفل شده و رمزشو یادم رفته").indicators().isEmpty());
  }
}
