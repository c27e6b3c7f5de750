package org.passage.channel.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.messenger4j.Messenger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.channel.InboundMessage;
import org.passage.channel.UserInput;
import org.passage.privacy.Keys;
import org.passage.store.Json;

class MessengerEventsTest {
  @TempDir Path dir;
  Keys keys;
  MessengerEvents events;

  @BeforeEach
  void setUp() {
    keys = Keys.loadOrCreate(dir);
    HubSignature signature = new HubSignature(MessengerHttp.SECRET);
    events = new MessengerEvents(Messenger.create("t", MessengerHttp.SECRET, "v"), signature, keys);
  }

  List<MessengerEvents.Mapped> map(String fixture) throws Exception {
    return events.map(Json.MAPPER.readTree(MessengerHttp.fixture(fixture)));
  }

  InboundMessage only(String fixture) throws Exception {
    List<MessengerEvents.Mapped> mapped = map(fixture);
    assertEquals(1, mapped.size());
    return ((MessengerEvents.Mapped.Accepted) mapped.get(0)).message();
  }

  @Test
  void aTextMessageKeepsOnlyTheTextTheMidAndAnEncryptableAddress() throws Exception {
    InboundMessage m = only("messenger-text.json");
    assertEquals("messenger", m.platform());
    assertEquals("mid.1457764197618:41d102a3e1ae206a38", m.externalId());
    assertEquals(keys.pseudonym("messenger", "USER_ID"), m.conversationKey());
    assertEquals("USER_ID", m.address());
    assertEquals(1458692752478L, m.sentAt().toEpochMilli());
    assertEquals(new UserInput.Text("hello, text message world!"), m.input());
  }

  @Test
  void aQuickReplyIsAButtonPress() throws Exception {
    assertEquals(new UserInput.ButtonPress("DEVELOPER_DEFINED_PAYLOAD"), only("messenger-quickreply.json").input());
  }

  @Test
  void aPostbackWithoutMidIsDedupedByAKeyedHashNotThePsid() throws Exception {
    InboundMessage m = only("messenger-postback.json");
    assertEquals(new UserInput.ButtonPress("<USER_DEFINED_PAYLOAD>"), m.input());
    assertTrue(m.externalId().startsWith("pb:"));
    assertFalse(m.externalId().contains("PSID"));
    assertEquals(m.externalId(), only("messenger-postback.json").externalId());
  }

  @Test
  void getStartedAndMenuPostbacksAreCommands() {
    assertEquals(new UserInput.Text("/start"), MessengerEvents.postbackInput("/start", Optional.empty()));
    assertEquals(new UserInput.Text("/start ka_report"), MessengerEvents.postbackInput("/start", Optional.of("ka_report")));
    assertEquals(new UserInput.Text("/report"), MessengerEvents.postbackInput("/report", Optional.empty()));
    assertEquals(new UserInput.ButtonPress("go:get_help"), MessengerEvents.postbackInput("go:get_help", Optional.empty()));
  }

  @Test
  void attachmentsArePassedOnByKind() throws Exception {
    UserInput.Attachments a = (UserInput.Attachments) only("messenger-attachment.json").input();
    assertEquals(List.of("image", "other", "location"), a.items().stream().map(UserInput.Attachment::kind).toList());
    assertEquals("http://image.url", a.items().get(0).ref());
    assertEquals("52.3765533,9.7389123", a.items().get(2).ref());
  }

  @Test
  void echoesAndDeliveriesAreExplicitlyIgnored() throws Exception {
    assertEquals(List.of(new MessengerEvents.Mapped.Ignored("echo")), map("messenger-echo.json"));
    assertEquals(List.of(new MessengerEvents.Mapped.Ignored("receipt")), map("messenger-delivery.json"));
  }

  @Test
  void anUnknownAttachmentTypeCostsOnlyItselfAndStillReachesTheBot() throws Exception {
    List<MessengerEvents.Mapped> mapped = map("messenger-batch.json");
    assertEquals(7, mapped.size());
    InboundMessage reel = ((MessengerEvents.Mapped.Accepted) mapped.get(6)).message();
    assertEquals("m_batch_reel", reel.externalId());
    assertEquals(new UserInput.Attachments(List.of(new UserInput.Attachment("other", "")), Optional.empty()), reel.input());
    assertEquals("m_batch_postback", ((MessengerEvents.Mapped.Accepted) mapped.get(5)).message().externalId());
  }
}
