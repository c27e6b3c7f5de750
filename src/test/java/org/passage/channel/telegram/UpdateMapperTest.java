package org.passage.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.channel.InboundMessage;
import org.passage.channel.UserInput;
import org.passage.privacy.Keys;
import org.passage.store.Database;
import org.passage.store.Json;

class UpdateMapperTest {
  @TempDir Path dir;
  Keys keys;
  CallbackData callbacks;
  UpdateMapper mapper;

  @BeforeEach
  void setUp() {
    keys = Keys.loadOrCreate(dir.resolve("keys"));
    callbacks = new CallbackData(Database.open("jdbc:sqlite:" + dir.resolve("db.sqlite")));
    mapper = new UpdateMapper(keys, callbacks);
  }

  Mapped map(String fixture) {
    return mapper.map(UpdateMapper.parse(Fixtures.load(fixture).getBytes(StandardCharsets.UTF_8)));
  }

  InboundMessage accepted(String fixture, String kind) {
    Mapped mapped = map(fixture);
    Mapped.Accepted accepted = assertInstanceOf(Mapped.Accepted.class, mapped);
    assertEquals(kind, accepted.kind());
    return accepted.message();
  }

  @Test
  void privateTextBecomesAPseudonymousMessageWithTheChatAsAddress() {
    InboundMessage m = accepted("text.json", "text");
    assertEquals("telegram", m.platform());
    assertEquals("10001", m.externalId());
    assertEquals(keys.pseudonym("telegram", "1111111"), m.conversationKey());
    assertEquals("1111111", m.address());
    assertEquals(Instant.ofEpochSecond(1441645533), m.sentAt());
    assertEquals(new UserInput.Text("how to go abroad safely"), m.input());
    assertEquals(Optional.of("ka"), m.languageHint());
  }

  @Test
  void nothingThatNamesTheSenderLeavesTheAdapter() {
    String stored = Json.write(accepted("text.json", "text"));
    for (String identity : List.of("Test Firstname", "Test Lastname", "Testusername")) {
      assertFalse(stored.contains(identity), identity);
    }
  }

  @Test
  void startWithADeepLinkPayloadIsPassedOnAsTheCommand() {
    InboundMessage m = accepted("start-payload.json", "start");
    assertEquals(new UserInput.Text("/start ka_report"), m.input());
    assertEquals(Optional.of("en"), m.languageHint());
  }

  @Test
  void startWithoutPayloadIsAccepted() {
    assertEquals(new UserInput.Text("/start"), accepted("text-start.json", "start").input());
  }

  @Test
  void telegramsOwnDocExampleWithoutIsBotIsTolerated() {
    assertEquals(new UserInput.Text("/start"), accepted("doc-example-no-is-bot.json", "start").input());
  }

  @Test
  void callbackQueryBecomesAButtonPressAndIsAnswered() {
    Mapped mapped = map("callback-private.json");
    InboundMessage m = accepted("callback-private.json", "callback");
    assertEquals(new UserInput.ButtonPress("lang:ru"), m.input());
    assertEquals("1111111", m.address());
    assertEquals(Optional.of("4382bfdwdsb323b2d9"), mapped.callbackQueryId());
  }

  @Test
  void shortCallbackIdResolvesToTheLongPayloadItStandsFor() {
    String payload = "go:" + "a_very_long_node_name_".repeat(4);
    String data = callbacks.encode(payload);
    InboundMessage m = mapper.map(UpdateMapper.parse(
        Fixtures.callback(5, 1111111, data).getBytes(StandardCharsets.UTF_8))) instanceof Mapped.Accepted a
        ? a.message() : null;
    assertEquals(new UserInput.ButtonPress(payload), m.input());
  }

  @Test
  void photoIsPassedOnAsItsLargestSizeWithTheCaption() {
    assertEquals(new UserInput.Attachments(List.of(new UserInput.Attachment("image", "AgACAgIAAxkBAAMFlarge")),
        Optional.of("this job offer")), accepted("photo.json", "attachment").input());
  }

  @Test
  void documentIsPassedOnAsAnAttachment() {
    assertEquals(new UserInput.Attachments(List.of(new UserInput.Attachment("document", "BQACAgIAAxkBAAMGdoc")),
        Optional.empty()), accepted("document.json", "attachment").input());
  }

  @Test
  void editsGroupsChannelsBotsAndInaccessibleCallbacksAreIgnored() {
    assertEquals(new Mapped.Ignored("edited"), map("edited.json"));
    assertEquals(new Mapped.Ignored("group"), map("group.json"));
    assertEquals(new Mapped.Ignored("channel"), map("channel-post.json"));
    assertEquals(new Mapped.Ignored("bot"), map("from-bot.json"));
    assertEquals(new Mapped.Ignored("callback_inaccessible", Optional.of("5382bfdwdsb323b2d9")),
        map("callback-inaccessible.json"));
    assertEquals(new Mapped.Ignored("callback_inaccessible", Optional.of("4382bfdwdsb323b2d9")),
        map("callback-inline.json"));
  }

  @Test
  void aCallbackFromAGroupIsIgnored() {
    String group = Fixtures.load("callback-private.json").replace("\"type\":\"private\"", "\"type\":\"group\"");
    assertEquals("group", mapper.map(UpdateMapper.parse(group.getBytes(StandardCharsets.UTF_8))).kind());
  }

  @Test
  void malformedBodiesAreRefusedWithAClearMessage() {
    IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
        () -> UpdateMapper.parse("{not json".getBytes(StandardCharsets.UTF_8)));
    assertEquals("body is not valid JSON", notJson.getMessage());
    IllegalArgumentException noId = assertThrows(IllegalArgumentException.class,
        () -> UpdateMapper.parse("{\"message\":{}}".getBytes(StandardCharsets.UTF_8)));
    assertEquals("body is not a Telegram Update: it needs a numeric update_id", noId.getMessage());
  }
}
