package org.passage.screening;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningDataTest {

  @TempDir Path dir;

  @Test
  void anUnknownIndicatorIsRejectedNamingTheFileAndKey() throws Exception {
    Files.copy(Path.of("dialogs/screening/indicators.yaml"), dir.resolve("indicators.yaml"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve("en.yaml"), "indicators:\n  passport_stuff:\n    strong: [took passport]\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorDetector.load(dir));
    assertTrue(e.getMessage().contains("en.yaml") && e.getMessage().contains("passport_stuff"), e.getMessage());
  }

  @Test
  void aMissingWeightIsRejectedNamingTheKey() throws Exception {
    Files.writeString(dir.resolve("indicators.yaml"), "flag_threshold: 0.5\nindicators: {}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorDetector.load(dir));
    assertTrue(e.getMessage().contains("indicators.yaml") && e.getMessage().contains(".weight"), e.getMessage());
  }

  @Test
  void invalidYamlIsRejectedNamingTheFile() throws Exception {
    Files.copy(Path.of("dialogs/screening/indicators.yaml"), dir.resolve("indicators.yaml"));
    Files.writeString(dir.resolve("tr.yaml"), "indicators: [unclosed\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorDetector.load(dir));
    assertTrue(e.getMessage().contains("tr.yaml"), e.getMessage());
  }
}
