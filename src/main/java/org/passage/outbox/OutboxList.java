package org.passage.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.passage.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code outbox list}: a summary line of counts by platform and status, then one line per row,
 * newest first: id, platform, status, attempts, created (UTC), age, a prefix of the
 * pseudonymous conversation key, whether the reply is still held, and the content-free reason.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List dead and refused replies (or --status pending|all-problems), newest first.")
final class OutboxList implements Callable<Integer> {
  static final Map<String, Undelivered.Selection> STATUSES = Map.of(
      "dead", Undelivered.Selection.DEAD,
      "refused", Undelivered.Selection.REFUSED,
      "pending", Undelivered.Selection.PENDING,
      "all-problems", Undelivered.Selection.ALL_PROBLEMS);

  @ParentCommand OutboxCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--status", paramLabel = "STATUS",
      description = "dead, refused, pending (waiting or being sent), or all-problems (dead, refused and "
          + "waiting rows that failed before); default: dead and refused.")
  String status;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many rows (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "For scripts: one JSON object per row, no summary line.")
  boolean json;

  @Override
  public Integer call() {
    Undelivered.Selection selection = status == null ? Undelivered.Selection.DEAD_AND_REFUSED : STATUSES.get(status);
    if (selection == null) {
      throw new ParameterException(spec.commandLine(), "--status must be one of dead, refused, pending, all-problems");
    }
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    return parent.withOutbox(spec.commandLine().getErr(), undelivered -> {
      List<Undelivered.Row> rows = undelivered.list(selection, limit);
      Instant now = Instant.now();
      if (!json) {
        out.println(summary(undelivered.counts(selection), rows.size()));
      }
      rows.forEach(row -> out.println(json ? Json.write(asJson(row, now)) : line(row, now)));
      return 0;
    });
  }

  static String summary(List<Undelivered.Count> counts, int shown) {
    long total = counts.stream().mapToLong(Undelivered.Count::rows).sum();
    if (total == 0) {
      return "no rows";
    }
    return total + (total == 1 ? " row: " : " rows: ") + counts.stream().map(c -> c.platform() + " " + c.status() + " " + c.rows())
        .collect(Collectors.joining(", ")) + (shown < total ? "; the newest " + shown + " below" : "");
  }

  static String line(Undelivered.Row row, Instant now) {
    return String.format("#%-6d %-9s %-8s %2d attempts  %s  %9s ago  conv %s  %-12s %s", row.id(), row.platform(),
        row.status(), row.attempts(), row.createdAt(), age(Duration.between(row.createdAt(), now)), row.conversation(),
        row.replyHeld() ? "reply held" : "reply erased", oneLine(row.lastError()));
  }

  private static ObjectNode asJson(Undelivered.Row row, Instant now) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", row.id()).put("platform", row.platform()).put("status", row.status()).put("attempts", row.attempts());
    o.put("created_at", row.createdAt().toString())
        .put("age_seconds", Math.max(0, Duration.between(row.createdAt(), now).toSeconds()));
    o.put("conversation", row.conversation()).put("reply_held", row.replyHeld()).put("last_error", row.lastError());
    return o;
  }

  static String age(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s >= 86_400) {
      return s / 86_400 + "d " + s % 86_400 / 3_600 + "h";
    }
    if (s >= 3_600) {
      return s / 3_600 + "h " + s % 3_600 / 60 + "m";
    }
    return s >= 60 ? s / 60 + "m" : s + "s";
  }

  /** A reason on one line: platforms' descriptions are free text. */
  private static String oneLine(String reason) {
    return reason == null ? "" : reason.replaceAll("\\p{Cntrl}+", " ");
  }
}
