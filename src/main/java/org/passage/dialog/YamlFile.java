package org.passage.dialog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML file of {@code dialogs/} read as a tree that remembers line numbers, so that every
 * problem can be reported as {@code file:line: key: problem}. Problems are collected in
 * {@code problems}, not thrown, so that one start-up lists them all.
 */
public final class YamlFile {
  public final String name;
  public final Node root;
  private final List<String> problems;

  private YamlFile(String name, Node root, List<String> problems) {
    this.name = name;
    this.root = root;
    this.problems = problems;
  }

  /** Reads {@code file}; null (with the problem recorded) when it is missing or not YAML. */
  public static YamlFile read(Path file, String name, List<String> problems) {
    if (!Files.isRegularFile(file)) {
      problems.add(name + ": file is missing");
      return null;
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node root = new Yaml(options).compose(reader);
      if (root == null) {
        problems.add(name + ": file is empty");
        return null;
      }
      return new YamlFile(name, root, problems);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(name + ":" + line + ": not valid YAML: " + e.getProblem());
      return null;
    } catch (IOException | RuntimeException e) {
      problems.add(name + ": cannot be read: " + e.getMessage());
      return null;
    }
  }

  public void problem(Node at, String key, String message) {
    problems.add(name + ":" + (at.getStartMark().getLine() + 1) + ": " + key + ": " + message);
  }

  /** The entries of a mapping in file order, keyed by their scalar keys; empty if not a mapping. */
  public Map<String, Node> mapping(Node node, String key) {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      problem(node, key, "expected a mapping (key: value lines)");
      return entries;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode k)) {
        problem(tuple.getKeyNode(), key, "a key must be plain text");
        continue;
      }
      if (entries.putIfAbsent(k.getValue(), tuple.getValueNode()) != null) {
        problem(k, join(key, k.getValue()), "appears twice");
      }
    }
    return entries;
  }

  /** The items of a sequence; empty if not a sequence. */
  public List<Node> sequence(Node node, String key) {
    if (node instanceof SequenceNode seq) {
      return seq.getValue();
    }
    problem(node, key, "expected a list (lines starting with '-')");
    return List.of();
  }

  /** The text of a scalar; null if not a scalar or blank. */
  public String text(Node node, String key) {
    if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
      return scalar.getValue();
    }
    problem(node, key, node instanceof ScalarNode ? "is empty" : "expected a text value");
    return null;
  }

  /** Reports every key of {@code entries} that is not one of {@code allowed} (likely a typo). */
  public void onlyKeys(Map<String, Node> entries, String key, List<String> allowed) {
    entries.forEach((k, v) -> {
      if (!allowed.contains(k)) {
        problem(v, join(key, k), "unknown key; expected one of " + allowed);
      }
    });
  }

  public static String join(String parent, String child) {
    return parent.isEmpty() ? child : parent + "." + child;
  }
}
