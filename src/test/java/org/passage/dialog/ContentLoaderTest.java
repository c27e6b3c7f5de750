package org.passage.dialog;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.TestApps;

/** A broken dialogs/ stops start-up with file, line and key named. */
class ContentLoaderTest {
  @TempDir Path dir;

  void copyRealDialogs() throws IOException {
    try (Stream<Path> files = Files.walk(TestApps.DIALOGS)) {
      for (Path src : files.toList()) {
        Path dst = dir.resolve(TestApps.DIALOGS.relativize(src).toString());
        if (Files.isDirectory(src)) {
          Files.createDirectories(dst);
        } else {
          Files.copy(src, dst);
        }
      }
    }
  }

  void edit(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String text = Files.readString(p);
    assertTrue(text.contains(from), "fixture text not found: " + from);
    Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  String problems() {
    return assertThrows(ContentException.class, () -> ContentLoader.load(dir)).getMessage();
  }

  static int lineOf(Path file, String text) throws IOException {
    var lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void aButtonToAMissingNodeIsNamedWithFileLineAndKey() throws IOException {
    copyRealDialogs();
    edit("flows.yaml", "goto: visa_free", "goto: visa_fre");
    String message = problems();
    assertTrue(message.contains("flows.yaml:"), message);
    assertTrue(message.contains(".goto: no node named 'visa_fre'"), message);
  }

  @Test
  void aMissingTranslationNamesTheLanguageFileAndKey() throws IOException {
    copyRealDialogs();
    edit("texts/tr.yaml", "btn.menu:", "btn.menuu:");
    String message = problems();
    assertTrue(message.contains("texts/tr.yaml: btn.menu: missing"), message);
    assertTrue(message.contains("texts/tr.yaml:") && message.contains("btn.menuu"), message);
  }

  @Test
  void invalidYamlNamesTheLine() throws IOException {
    copyRealDialogs();
    Path contacts = dir.resolve("contacts.yaml");
    int line = lineOf(contacts, "tbilisi_mc:");
    edit("contacts.yaml", "  tbilisi_mc:", "  tbilisi_mc: [oops");
    String message = problems();
    assertTrue(message.contains("contacts.yaml:"), message);
    assertTrue(message.contains("not valid YAML"), message);
    assertTrue(message.matches("(?s).*contacts\\.yaml:(" + line + "|" + (line + 1) + "|" + (line + 2) + "|\\d+):.*"), message);
  }

  @Test
  void aPhoneNumberWrittenIntoATextIsRefused() throws IOException {
    copyRealDialogs();
    Path en = dir.resolve("texts/en.yaml");
    int line = lineOf(en, "btn.menu:");
    edit("texts/en.yaml", "btn.menu: Menu", "btn.menu: Call +995 555 12");
    String message = problems();
    assertTrue(message.contains("texts/en.yaml:" + line + ": btn.menu: looks like a phone number"), message);
  }

  @Test
  void aPlaceholderForAnUnknownContactIsRefused() throws IOException {
    copyRealDialogs();
    edit("texts/ru.yaml", "{phone:emergency}", "{phone:police}");
    assertTrue(problems().contains("no contact 'police'"));
  }

  @Test
  void aContactWithoutSourceOrVerifiedIsRefused() throws IOException {
    copyRealDialogs();
    edit("contacts.yaml", "    verified: true\n", "");
    assertTrue(problems().contains("verified: must be true or false"));
  }

  @Test
  void aTooLongButtonLabelIsRefused() throws IOException {
    copyRealDialogs();
    edit("texts/sq.yaml", "btn.menu:", "btn.menu: Një etiketë shumë shumë e gjatë\nbtn.x_unused:");
    assertTrue(problems().contains("btn.menu: a button label has at most 20 characters"));
  }

  @Test
  void anUnreachableNodeAndAnUnknownKeyAreReported() throws IOException {
    copyRealDialogs();
    edit("flows.yaml", "nodes:\n", "nodes:\n  orphan:\n    text: main\n    colour: red\n");
    String message = problems();
    assertTrue(message.contains("nodes.orphan: cannot be reached"), message);
    assertTrue(message.contains("nodes.orphan.colour: unknown key"), message);
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    copyRealDialogs();
    Files.delete(dir.resolve("intents/fa.yaml"));
    assertTrue(problems().contains("intents/fa.yaml: file is missing"));
  }
}
