package org.passage.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passage.Main;
import picocli.CommandLine;

class ScreenCommandTest {

  static String[] run(String stdin) {
    InputStream in = System.in;
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      assertEquals(0, new CommandLine(new Main()).execute("screen", "--dialogs", "dialogs", "--models", "nlp-models"));
    } finally {
      System.setIn(in);
      System.setOut(out);
    }
    return captured.toString(StandardCharsets.UTF_8).split("\n");
  }

  @Test
  void eachLineGivesOneResultInTheDocumentedShape() {
    String[] lines = run("they took my passport and wont let me leave\n{\"text\":\"pasporti wamartves\"}\n");
    assertEquals(2, lines.length);
    assertTrue(lines[0].matches("\\{\"lang\":\"en\",\"intent\":(null|\"[a-z_]+\"),\"risk\":0\\.878,\"flag\":true,"
        + "\"urgent\":false,\"indicators\":\\[\"document_retention\",\"movement_restriction\"]}"), lines[0]);
    assertTrue(lines[1].startsWith("{\"lang\":\"ka\","), lines[1]);
  }

  @Test
  void aMalformedJsonLineGivesAnErrorObjectAndTheNextLineStillWorks() {
    String[] lines = run("{\"text\": broken\nhello\nzzz qqq\n");
    assertEquals("{\"error\":\"malformed JSON line\"}", lines[0]);
    assertTrue(lines[1].contains("\"flag\":false"), lines[1]);
    assertTrue(lines[2].contains("\"intent\":null"), lines[2]);
  }

  @Test
  void theMessageTextIsNeverEchoed() {
    String[] lines = run("{\"text\": secret-words-here\n");
    assertTrue(!lines[0].contains("secret"), lines[0]);
  }
}
