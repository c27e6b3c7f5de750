package org.passage.screening;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.dialog.ContentException;

class ScreeningDataTest {

  @TempDir Path dir;

  @Test
  void anUnknownIndicatorIsRejectedNamingTheFileAndKey() throws Exception {
    Files.copy(Path.of("dialogs/screening/indicators.yaml"), dir.resolve("indicators.yaml"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve("en.yaml"), "indicators:\n  passport_stuff:\n    strong: [took passport]\n");
    ContentException e = assertThrows(ContentException.class, () -> IndicatorDetector.load(dir));
    assertTrue(e.getMessage().contains("en.yaml:3: indicators: unknown indicator 'passport_stuff'"), e.getMessage());
  }

  @Test
  void aMissingWeightIsRejectedNamingTheKey() throws Exception {
    Files.writeString(dir.resolve("indicators.yaml"), "flag_threshold: 0.5\nindicators: {}\n");
    ContentException e = assertThrows(ContentException.class, () -> IndicatorDetector.load(dir));
    assertTrue(e.getMessage().contains("indicators.yaml") && e.getMessage().contains(".weight"), e.getMessage());
  }

  @Test
  void invalidYamlIsRejectedNamingTheFile() throws Exception {
    Files.copy(Path.of("dialogs/screening/indicators.yaml"), dir.resolve("indicators.yaml"));
    Files.writeString(dir.resolve("tr.yaml"), "indicators: [unclosed\n");
    ContentException e = assertThrows(ContentException.class, () -> IndicatorDetector.load(dir));
    assertTrue(e.getMessage().contains("tr.yaml"), e.getMessage());
  }

  @Test
  void aMisspeltKeyIsRejectedWithItsLineInsteadOfSilentlyDroppingItsPatterns() throws Exception {
    Files.copy(Path.of("dialogs/screening/indicators.yaml"), dir.resolve("indicators.yaml"));
    Files.writeString(dir.resolve("en.yaml"), "negation: [not]\nurgent_statement:\n  - beats =me\n");
    ContentException e = assertThrows(ContentException.class, () -> IndicatorDetector.load(dir));
    assertTrue(e.getMessage().contains("en.yaml:3: urgent_statement: unknown key"), e.getMessage());
  }

  @Test
  void everyBrokenPatternIsNamedByFileLineAndIndex() throws Exception {
    Files.copy(Path.of("dialogs/screening/indicators.yaml"), dir.resolve("indicators.yaml"));
    Files.writeString(dir.resolve("en.yaml"), "indicators:\n  isolation:\n    strong:\n      - took phone\n      - \"\"\n"
        + "  child:\n    weak: [ok]\n    strongest: [x]\n");
    ContentException e = assertThrows(ContentException.class, () -> IndicatorDetector.load(dir));
    assertTrue(e.getMessage().contains("en.yaml:5: indicators.isolation.strong[1]: is empty"), e.getMessage());
    assertTrue(e.getMessage().contains("en.yaml:8: indicators.child.strongest: unknown key"), e.getMessage());
  }

  @Test
  void aWeightOutOfRangeIsRejectedWithItsLine() throws Exception {
    String rules = Files.readString(Path.of("dialogs/screening/indicators.yaml"))
        .replaceFirst("weight: 0\\.45", "weight: 4.5");
    Files.writeString(dir.resolve("indicators.yaml"), rules);
    ContentException e = assertThrows(ContentException.class, () -> IndicatorDetector.load(dir));
    assertTrue(e.getMessage().matches("(?s).*indicators\\.yaml:\\d+: indicators\\.deceptive_recruitment\\.weight: must be a number.*"),
        e.getMessage());
  }

  @Test
  void aMisspeltSwitchAnEmptyAlternativeAndAFractionalWindowAreRejected() throws Exception {
    String rules = Files.readString(Path.of("dialogs/screening/indicators.yaml"))
        .replace("hedgeable: false", "hedgeable: no").replace("negation_window: 3", "negation_window: 2.5");
    Files.writeString(dir.resolve("indicators.yaml"), rules);
    Files.writeString(dir.resolve("en.yaml"), "indicators:\n  isolation:\n    strong:\n      - took |\n");
    ContentException e = assertThrows(ContentException.class, () -> IndicatorDetector.load(dir));
    assertTrue(e.getMessage().contains("hedgeable: must be true or false, was 'no'"), e.getMessage());
    assertTrue(e.getMessage().contains("negation_window: must be a whole number"), e.getMessage());
    assertTrue(e.getMessage().contains("en.yaml:4: indicators.isolation.strong[0]: pattern 'took |' has an empty alternative"),
        e.getMessage());
  }
}
