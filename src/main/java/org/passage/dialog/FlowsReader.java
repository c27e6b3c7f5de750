package org.passage.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code flows.yaml} (spec version 1) into nodes; structural problems go to the file's list. */
final class FlowsReader {
  static final int SPEC = 1;
  static final int MAX_BUTTONS = 10;
  static final Pattern ID = Pattern.compile("[a-z0-9_.]+");

  private final YamlFile file;
  String menu;
  final Map<String, Node> nodes = new LinkedHashMap<>();
  /** Where each node was declared, to report later cross-checks at the right line. */
  final Map<String, org.yaml.snakeyaml.nodes.Node> declared = new LinkedHashMap<>();

  FlowsReader(YamlFile file) {
    this.file = file;
  }

  void read() {
    Map<String, org.yaml.snakeyaml.nodes.Node> top = file.mapping(file.root, "");
    file.onlyKeys(top, "", List.of("spec", "menu", "nodes"));
    var spec = top.get("spec");
    if (spec == null) {
      file.problem(file.root, "spec", "missing; this loader reads spec: " + SPEC);
    } else if (!(spec instanceof ScalarNode s) || !String.valueOf(SPEC).equals(s.getValue())) {
      file.problem(spec, "spec", "this loader reads spec: " + SPEC);
    }
    menu = top.containsKey("menu") ? file.text(top.get("menu"), "menu") : null;
    if (!top.containsKey("menu")) {
      file.problem(file.root, "menu", "missing: name the main menu node");
    }
    if (!top.containsKey("nodes")) {
      file.problem(file.root, "nodes", "missing");
      return;
    }
    file.mapping(top.get("nodes"), "nodes").forEach(this::readNode);
  }

  private void readNode(String id, org.yaml.snakeyaml.nodes.Node yaml) {
    String key = "nodes." + id;
    if (!ID.matcher(id).matches()) {
      file.problem(yaml, key, "a node id uses only a-z, 0-9, '_' and '.'");
    }
    Map<String, org.yaml.snakeyaml.nodes.Node> fields = file.mapping(yaml, key);
    file.onlyKeys(fields, key, List.of("text", "buttons", "intent", "input", "handoff"));
    String text = fields.containsKey("text") ? file.text(fields.get("text"), key + ".text") : null;
    if (!fields.containsKey("text")) {
      file.problem(yaml, key + ".text", "missing: every node shows a text");
    }
    List<Node.Link> buttons = new java.util.ArrayList<>();
    if (fields.containsKey("buttons")) {
      List<org.yaml.snakeyaml.nodes.Node> items = file.sequence(fields.get("buttons"), key + ".buttons");
      if (items.size() > MAX_BUTTONS) {
        file.problem(fields.get("buttons"), key + ".buttons", "at most " + MAX_BUTTONS + " buttons");
      }
      for (int i = 0; i < items.size(); i++) {
        String bkey = key + ".buttons[" + i + "]";
        Map<String, org.yaml.snakeyaml.nodes.Node> b = file.mapping(items.get(i), bkey);
        file.onlyKeys(b, bkey, List.of("label", "goto"));
        String label = b.containsKey("label") ? file.text(b.get("label"), bkey + ".label") : null;
        String target = b.containsKey("goto") ? file.text(b.get("goto"), bkey + ".goto") : null;
        if (label == null || target == null) {
          file.problem(items.get(i), bkey, "a button needs both label and goto");
        } else {
          buttons.add(new Node.Link(label, target));
        }
      }
    }
    Optional<String> intent = optional(fields, "intent", key);
    Optional<String> handoff = optional(fields, "handoff", key);
    Optional<Node.Input> input = Optional.empty();
    if (fields.containsKey("input")) {
      Map<String, org.yaml.snakeyaml.nodes.Node> in = file.mapping(fields.get("input"), key + ".input");
      file.onlyKeys(in, key + ".input", List.of("handoff", "next"));
      String inHandoff = in.containsKey("handoff") ? file.text(in.get("handoff"), key + ".input.handoff") : null;
      String next = in.containsKey("next") ? file.text(in.get("next"), key + ".input.next") : null;
      if (inHandoff == null || next == null) {
        file.problem(fields.get("input"), key + ".input", "needs both handoff and next");
      } else {
        input = Optional.of(new Node.Input(inHandoff, next));
      }
    }
    if (text != null) {
      nodes.put(id, new Node(id, text, List.copyOf(buttons), intent, input, handoff));
      declared.put(id, yaml);
    }
  }

  private Optional<String> optional(
      Map<String, org.yaml.snakeyaml.nodes.Node> fields, String name, String key) {
    return fields.containsKey(name)
        ? Optional.ofNullable(file.text(fields.get(name), key + "." + name))
        : Optional.empty();
  }
}
