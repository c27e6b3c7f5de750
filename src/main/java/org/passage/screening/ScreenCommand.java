package org.passage.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.passage.nlp.OpenNlpUnderstander;
import org.passage.nlp.Understanding;
import picocli.CommandLine.Command;
import org.passage.nlp.ModelPaths;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code passage screen}: one message per stdin line (plain text or {@code {"text":...}}), one
 * JSON result per line, risk and flag from that line alone. A malformed JSON line gives an
 * {@code {"error":...}} line; the message text is never echoed.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screen messages, one per stdin line; print one JSON result per line.")
public final class ScreenCommand implements Callable<Integer> {

  @Mixin
  ModelPaths paths;

  @Option(names = "--lang", defaultValue = "en", description = "conversation language used as the prior (default: ${DEFAULT-VALUE}); a JSON line may give its own \"lang\"")
  String lang;

  @Option(names = "--timings", description = "print the median and p99 cost per message to stderr")
  boolean timings;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    OpenNlpUnderstander understander = OpenNlpUnderstander.load(paths.dialogs, paths.models);
    WeightedScreener screener = new WeightedScreener(paths.dialogs);
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    List<Long> nanos = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      long start = System.nanoTime();
      ObjectNode result = result(line, understander, screener);
      nanos.add(System.nanoTime() - start);
      out.write(JSON.writeValueAsString(result));
      out.newLine();
    }
    out.flush();
    if (timings && !nanos.isEmpty()) {
      Collections.sort(nanos);
      System.err.printf("messages=%d median_us=%d p99_us=%d%n", nanos.size(),
          nanos.get(nanos.size() / 2) / 1000, nanos.get((int) Math.min(nanos.size() - 1, nanos.size() * 0.99)) / 1000);
    }
    return 0;
  }

  private ObjectNode result(String line, OpenNlpUnderstander understander, WeightedScreener screener) {
    String text = line;
    String prior = lang;
    if (line.stripLeading().startsWith("{")) {
      try {
        JsonNode node = JSON.readTree(line);
        if (!node.path("text").isTextual()) {
          return JSON.createObjectNode().put("error", "JSON line without a \"text\" string");
        }
        text = node.get("text").asText();
        prior = node.path("lang").asText(lang);
      } catch (Exception e) {
        return JSON.createObjectNode().put("error", "malformed JSON line");
      }
    }
    Understanding u = understander.understand(text, prior);
    RiskProfile risk = screener.accumulate(RiskProfile.EMPTY, u.screening());
    ObjectNode result = JSON.createObjectNode().put("lang", u.lang());
    result.put("intent", u.intent().map(i -> i.intent()).orElse(null));
    result.put("risk", risk.risk()).put("flag", risk.flag()).put("urgent", risk.urgent());
    var indicators = result.putArray("indicators");
    u.screening().indicators().keySet().stream().sorted().forEach(indicators::add);
    return result;
  }
}
