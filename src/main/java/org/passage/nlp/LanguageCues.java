package org.passage.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words, word endings and letters that betray a Latin-script language in a short chat message,
 * including Georgian and Russian written in Latin letters. Read from the classpath resource
 * {@code language-cues.yaml}; words and endings are compared after {@link TextNormalizer} folding,
 * letters against the text as typed.
 */
record LanguageCues(Map<String, Cue> byLang) {

  /** The cues of one language. */
  record Cue(Set<String> words, List<String> endings, String letters) {}

  static LanguageCues load() {
    String name = "language-cues.yaml";
    try (InputStream in = LanguageCues.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource org/passage/nlp/" + name + " is missing");
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      Map<String, Cue> cues = new LinkedHashMap<>();
      root.fields().forEachRemaining(e -> cues.put(e.getKey(), new Cue(
          strings(e.getValue().path("words")).stream().map(TextNormalizer::normalize)
              .collect(Collectors.toUnmodifiableSet()),
          strings(e.getValue().path("endings")),
          e.getValue().path("letters").asText(""))));
      return new LanguageCues(Map.copyOf(cues));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/passage/nlp/" + name, e);
    }
  }

  private static List<String> strings(JsonNode node) {
    return node.isArray()
        ? java.util.stream.StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList()
        : List.of();
  }
}
