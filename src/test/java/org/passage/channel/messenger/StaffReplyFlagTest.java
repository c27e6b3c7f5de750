package org.passage.channel.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.channel.Button;
import org.passage.channel.OutboundMessage;
import org.passage.store.Json;

/** The staff-reply flag travels through stored outbox rows without changing bot messages' JSON. */
class StaffReplyFlagTest {

  @Test
  void aBotMessageIsWrittenExactlyAsBefore() {
    assertEquals("{\"text\":\"Hi\",\"buttons\":[{\"label\":\"Menu\",\"payload\":\"go:main\"}]}",
        Json.write(new OutboundMessage("Hi", List.of(new Button("Menu", "go:main")))));
  }

  @Test
  void rowsStoredBeforeTheFlagExistedReadAsBotMessages() {
    assertFalse(Json.read("{\"text\":\"Hi\",\"buttons\":[]}", OutboundMessage.class).staffReply());
  }

  @Test
  void aStaffReplyKeepsItsFlagThroughStorage() {
    OutboundMessage staff = new OutboundMessage("We can help", List.of(), true);
    assertTrue(Json.read(Json.write(staff), OutboundMessage.class).staffReply());
  }
}
