package org.passage.channel.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passage.channel.Button;
import org.passage.channel.OutboundMessage;

class MessageLayoutTest {

  static List<Button> buttons(int n) {
    return IntStream.range(0, n).mapToObj(i -> new Button("Option " + i, "go:n" + i)).toList();
  }

  @Test
  void upToThreeButtonsBecomeAButtonTemplate() {
    List<ObjectNode> parts = MessageLayout.parts(new OutboundMessage("Choose", buttons(3)));
    assertEquals(1, parts.size());
    assertEquals("button", parts.get(0).at("/attachment/payload/template_type").asText());
    assertEquals("Choose", parts.get(0).at("/attachment/payload/text").asText());
    assertEquals("go:n2", parts.get(0).at("/attachment/payload/buttons/2/payload").asText());
    assertEquals("postback", parts.get(0).at("/attachment/payload/buttons/0/type").asText());
  }

  @Test
  void fourToThirteenButtonsBecomeQuickReplies() {
    List<ObjectNode> parts = MessageLayout.parts(new OutboundMessage("Choose", buttons(13)));
    assertEquals(1, parts.size());
    assertEquals(13, parts.get(0).path("quick_replies").size());
    assertEquals("text", parts.get(0).at("/quick_replies/0/content_type").asText());
  }

  @Test
  void aMenuLongerThanThirteenDegradesToTemplatesOfThreeLosingNoOption() {
    List<ObjectNode> parts = MessageLayout.parts(new OutboundMessage("Choose", buttons(14)));
    assertEquals(5, parts.size());
    assertEquals("Choose", parts.get(0).at("/attachment/payload/text").asText());
    assertEquals("go:n13", parts.get(4).at("/attachment/payload/buttons/1/payload").asText());
  }

  @Test
  void titlesAreCutToTwentyCharacters() {
    assertEquals("Twenty chars exactly", MessageLayout.title("Twenty chars exactly"));
    String cut = MessageLayout.title("ძალიან გრძელი ღილაკის წარწერა");
    assertEquals(20, cut.codePointCount(0, cut.length()));
    assertTrue(cut.endsWith("…"));
  }

  @Test
  void longTextSplitsAtParagraphsAndTheButtonsFollowTheLastPart() {
    String para = "a".repeat(1500);
    List<ObjectNode> parts = MessageLayout.parts(new OutboundMessage(para + "\n\n" + para, buttons(2)));
    assertEquals(para, parts.get(0).path("text").asText());
    assertTrue(parts.stream().skip(1).allMatch(p -> p.at("/attachment/payload/text").asText().length() <= 640));
    assertEquals(2, parts.get(parts.size() - 1).at("/attachment/payload/buttons").size());
  }

  @Test
  void aHardSplitNeverCutsASurrogatePair() {
    String emoji = "😀".repeat(1500);
    for (String part : org.passage.channel.TextSplitter.split(emoji, 2000)) {
      assertTrue(part.length() <= 2000);
      assertFalse(Character.isHighSurrogate(part.charAt(part.length() - 1)));
    }
  }
}
