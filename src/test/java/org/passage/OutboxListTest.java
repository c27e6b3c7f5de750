package org.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.outbox.Delivery;
import org.passage.store.Json;
import picocli.CommandLine;

/** {@code outbox list} shows what could not be delivered, and never a reply's text or address. */
class OutboxListTest {
  @TempDir Path data;
  OutboxFixture fixture;
  long dead;
  long refused;
  long stopped;
  List<String> texts;

  @BeforeEach
  void undeliverableReplies() {
    fixture = new OutboxFixture(data, false);
    dead = fixture.reply("u1", new Delivery.Failed("400 Bad Request: can't parse entities", false));
    refused = fixture.reply("u2", new Delivery.Refused("Messenger refused: outside the allowed messaging window"));
    stopped = fixture.reply("u3", new Delivery.ContactStopped("403 Forbidden: bot was blocked by the user"));
    fixture.reply("u4", new Delivery.Sent());
    texts = fixture.heldTexts();
    assertEquals(2, texts.size());
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  void assertNothingIdentifying(String output) {
    for (String user : List.of("u1", "u2", "u3", "u4")) {
      assertFalse(output.contains(OutboxFixture.address(user)), output);
      assertFalse(output.contains(fixture.key(user)), output);
    }
    texts.forEach(text -> assertFalse(output.contains(text), output));
  }

  @Test
  void deadAndRefusedRepliesAreListedNewestFirstAfterASummary() {
    OutboxFixture.Run run = fixture.outbox("list");
    assertEquals(0, run.exit(), run.out());
    List<String> lines = run.lines();
    assertEquals("3 rows: test dead 2, test refused 1", lines.get(0));
    assertEquals(4, lines.size(), run.out());
    assertTrue(lines.get(1).matches("#" + stopped + " +test +dead +0 attempts  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ +\\d+s ago  "
        + "conv [0-9a-f]{8}  reply erased +contact stopped: 403 Forbidden: bot was blocked by the user"), lines.get(1));
    assertTrue(lines.get(2).startsWith("#" + refused + " ") && lines.get(2).contains(" refused ")
        && lines.get(2).contains("reply held") && lines.get(2).endsWith("outside the allowed messaging window"), lines.get(2));
    assertTrue(lines.get(3).startsWith("#" + dead + " ") && lines.get(3).contains(" 1 attempts ")
        && lines.get(3).endsWith("400 Bad Request: can't parse entities"), lines.get(3));
    assertTrue(lines.get(3).contains("conv " + fixture.key("u1").substring("test:".length(), "test:".length() + 8)));
    assertNothingIdentifying(run.out());
  }

  @Test
  void jsonGivesOneObjectPerRowWithoutTextOrAddress() throws Exception {
    OutboxFixture.Run run = fixture.outbox("list", "--json", "--status", "dead");
    assertEquals(2, run.lines().size(), run.out());
    JsonNode row = Json.MAPPER.readTree(run.lines().get(1));
    assertEquals(dead, row.path("id").asLong());
    assertEquals("test", row.path("platform").asText());
    assertEquals("dead", row.path("status").asText());
    assertEquals(1, row.path("attempts").asInt());
    assertTrue(row.path("created_at").asText().endsWith("Z"));
    assertTrue(row.path("age_seconds").isNumber());
    assertEquals(8, row.path("conversation").asText().length());
    assertTrue(row.path("reply_held").asBoolean());
    assertEquals("400 Bad Request: can't parse entities", row.path("last_error").asText());
    assertNothingIdentifying(run.out());
  }

  @Test
  void statusAndLimitChooseTheRows() {
    assertEquals("1 row: test refused 1", fixture.outbox("list", "--status", "refused").lines().get(0));
    assertEquals("no rows", fixture.outbox("list", "--status", "pending").out().strip());
    List<String> limited = fixture.outbox("list", "--status", "all-problems", "--limit", "1").lines();
    assertEquals("3 rows: test dead 2, test refused 1; the newest 1 below", limited.get(0));
    assertEquals(2, limited.size());
    assertEquals(2, fixture.outbox("list", "--status", "sent").exit());
  }

  @Test
  void aMissingDatabaseIsReportedNotCreated() {
    OutboxFixture.Run run = OutboxFixture.outbox(data.resolve("nowhere"), "list");
    assertEquals(2, run.exit());
    assertTrue(run.out().startsWith("no database at "), run.out());
    assertFalse(data.resolve("nowhere").toFile().exists());
    assertTrue(new CommandLine(new Main()).getSubcommands().containsKey("outbox"));
  }

  @Test
  void anOlderSchemaIsReportedNotMigratedUnderARunningServer(@TempDir Path older) throws Exception {
    String url = "jdbc:sqlite:" + older.resolve("passage.db");
    org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
        .target("2").load().migrate();
    OutboxFixture.Run run = OutboxFixture.outbox(older, "list");
    assertEquals(2, run.exit());
    assertTrue(run.out().contains("older schema than this program"), run.out());
    try (var c = java.sql.DriverManager.getConnection(url); var r = c.createStatement().executeQuery(
        "SELECT count(*) FROM sqlite_master WHERE name = 'telegram_send_progress'")) {
      r.next();
      assertEquals(1, r.getInt(1), "the V2 table must still be there");
    }
  }
}
