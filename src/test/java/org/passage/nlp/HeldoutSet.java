package org.passage.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One language's held-out messages, {@code src/test/resources/heldout/<lang>.tsv}; never used for training. */
record HeldoutSet(String lang, List<Row> rows) {

  /** A message and what it should give: flag, urgent, indicators, FAQ intent ("-" for none). */
  record Row(String text, boolean flag, boolean urgent, Set<String> indicators, String intent) {}

  static final Path DIR = Path.of("src/test/resources/heldout");
  /** Written after the lexicons were tuned and never used to change them: reported, not enforced. */
  static final Path BLIND = Path.of("src/test/resources/blind");
  /** Written while broadening the lexicons (25 risky + 25 benign per language): tuned on. */
  static final Path DEV = Path.of("src/test/resources/dev");

  static HeldoutSet read(String lang) {
    return read(DIR, lang);
  }

  static HeldoutSet read(Path dir, String lang) {
    Path file = dir.resolve(lang + ".tsv");
    try {
      List<Row> rows = new ArrayList<>();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 5) {
          throw new IllegalArgumentException(file + ": expected 5 tab-separated columns in: " + line);
        }
        Set<String> indicators = c[3].equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(c[3].split(",")));
        rows.add(new Row(c[0], Boolean.parseBoolean(c[1]), Boolean.parseBoolean(c[2]), indicators, c[4]));
      }
      return new HeldoutSet(lang, List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
