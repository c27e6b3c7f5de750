package org.passage.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {
  @Test
  void aTextWithinTheLimitIsOnePart() {
    assertEquals(List.of("hello"), TextSplitter.split("hello", 4096));
  }

  @Test
  void aLongTextIsCutAtTheLastParagraphThenLineThenSpace() {
    assertEquals(List.of("aaaa bbbb", "cccc"), TextSplitter.split("aaaa bbbb\n\ncccc", 12));
    assertEquals(List.of("aaaa bbbb", "cccc dd"), TextSplitter.split("aaaa bbbb\ncccc dd", 12));
    assertEquals(List.of("aaaa bbbb", "cccc"), TextSplitter.split("aaaa bbbb cccc", 12));
  }

  @Test
  void aWordLongerThanTheLimitIsCutHardButNeverInsideASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    List<String> parts = TextSplitter.split("abc" + emoji + "def", 4);
    assertEquals("abc", parts.get(0));
    assertEquals(String.join("", parts), "abc" + emoji + "def");
    parts.forEach(p -> assertTrue(p.length() <= 4));
  }
}
