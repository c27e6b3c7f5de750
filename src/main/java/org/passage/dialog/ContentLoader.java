package org.passage.dialog;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code dialogs/} and checks it whole: every text in every language, every button going
 * somewhere, every node reachable, every contact sourced. Throws {@link ContentException} listing
 * every problem as {@code file:line: key: problem}.
 */
public final class ContentLoader {
  /** Nodes the engine shows for commands; every flow has them. */
  static final List<String> BUILT_IN_NODES =
      List.of("main", "help", "report", "forget", "forgotten", "not_understood", "talk_to_person");
  /** Texts the engine uses itself; every language has them. */
  static final List<String> BUILT_IN_TEXTS = List.of("welcome", "language.name", "language.pick",
      "language.switch_offer", "language.switch_yes", "language.keep", "forget.confirm_yes",
      "forget.cancel", "btn.menu", "btn.back", "btn.talk_to_person", "screening.urgent",
      "screening.flagged", "handoff.requested", "input.too_long");
  static final int MIN_PHRASES = 8;

  private ContentLoader() {}

  public static Content load(Path dir) {
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw new ContentException(List.of(dir.toAbsolutePath() + ": no such folder; run from the folder "
          + "that holds dialogs/, or set DIALOGS_DIR"));
    }
    List<String> problems = new ArrayList<>();
    YamlFile flowsFile = YamlFile.read(dir.resolve("flows.yaml"), "flows.yaml", problems);
    FlowsReader flows = new FlowsReader(flowsFile);
    if (flowsFile != null) {
      flows.read();
      checkGraph(flowsFile, flows);
    }
    YamlFile contactsFile = YamlFile.read(dir.resolve("contacts.yaml"), "contacts.yaml", problems);
    Map<String, Contact> contacts = contactsFile == null ? Map.of() : ContactsReader.read(contactsFile);

    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> intents = new LinkedHashMap<>();
    for (String lang : Languages.ALL) {
      YamlFile t = YamlFile.read(dir.resolve("texts/" + lang + ".yaml"), "texts/" + lang + ".yaml", problems);
      texts.put(lang, t == null ? Map.of() : TextsChecker.read(t, lang, contacts));
      YamlFile i = YamlFile.read(dir.resolve("intents/" + lang + ".yaml"), "intents/" + lang + ".yaml", problems);
      intents.put(lang, i == null ? Map.of() : readIntents(i, flows));
    }
    if (flowsFile != null) {
      TextsChecker.checkComplete(texts, requiredKeys(flows, contacts), problems);
    }
    if (!problems.isEmpty()) {
      throw new ContentException(problems);
    }
    return new Content(flows.menu, Map.copyOf(flows.nodes), Map.copyOf(texts),
        Map.copyOf(contacts), Map.copyOf(intents));
  }

  private static void checkGraph(YamlFile file, FlowsReader flows) {
    if (flows.menu != null && !flows.nodes.containsKey(flows.menu)) {
      file.problem(file.root, "menu", "no node named '" + flows.menu + "'");
    }
    for (String id : BUILT_IN_NODES) {
      if (!flows.nodes.containsKey(id)) {
        file.problem(file.root, "nodes." + id, "missing: the engine needs this node");
      }
    }
    Map<String, String> intentOwner = new LinkedHashMap<>();
    for (Node node : flows.nodes.values()) {
      var at = flows.declared.get(node.id());
      for (int i = 0; i < node.buttons().size(); i++) {
        String target = node.buttons().get(i).target();
        if (!flows.nodes.containsKey(target)) {
          file.problem(at, "nodes." + node.id() + ".buttons[" + i + "].goto", "no node named '" + target + "'");
        }
      }
      node.input().ifPresent(in -> {
        if (!flows.nodes.containsKey(in.next())) {
          file.problem(at, "nodes." + node.id() + ".input.next", "no node named '" + in.next() + "'");
        }
      });
      node.intent().ifPresent(intent -> {
        String owner = intentOwner.putIfAbsent(intent, node.id());
        if (owner != null) {
          file.problem(at, "nodes." + node.id() + ".intent", "'" + intent + "' is already answered by node " + owner);
        }
      });
    }
    Set<String> reached = reachable(flows);
    for (String id : flows.nodes.keySet()) {
      if (!reached.contains(id)) {
        file.problem(flows.declared.get(id), "nodes." + id, "cannot be reached from the menu or a command");
      }
    }
  }

  private static Set<String> reachable(FlowsReader flows) {
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>(BUILT_IN_NODES);
    if (flows.menu != null) {
      todo.add(flows.menu);
    }
    flows.nodes.values().forEach(n -> n.intent().ifPresent(i -> todo.add(n.id())));
    while (!todo.isEmpty()) {
      Node node = flows.nodes.get(todo.poll());
      if (node != null && seen.add(node.id())) {
        node.buttons().forEach(b -> todo.add(b.target()));
        node.input().ifPresent(in -> todo.add(in.next()));
      }
    }
    return seen;
  }

  private static Set<String> requiredKeys(FlowsReader flows, Map<String, Contact> contacts) {
    Set<String> keys = new LinkedHashSet<>(BUILT_IN_TEXTS);
    for (Node node : flows.nodes.values()) {
      keys.add(node.text());
      node.buttons().forEach(b -> keys.add(b.label()));
    }
    contacts.keySet().forEach(id -> keys.add("contact." + id));
    return keys;
  }

  private static Map<String, List<String>> readIntents(YamlFile file, FlowsReader flows) {
    Set<String> answered = new HashSet<>();
    flows.nodes.values().forEach(n -> n.intent().ifPresent(answered::add));
    Map<String, List<String>> intents = new LinkedHashMap<>();
    file.mapping(file.root, "").forEach((intent, yaml) -> {
      if (!answered.isEmpty() && !answered.contains(intent)) {
        file.problem(yaml, intent, "no node in flows.yaml answers this intent");
      }
      List<String> phrases = new ArrayList<>();
      for (var item : file.sequence(yaml, intent)) {
        String phrase = file.text(item, intent);
        if (phrase != null) {
          phrases.add(phrase.strip());
        }
      }
      if (phrases.size() < MIN_PHRASES) {
        file.problem(yaml, intent, "has " + phrases.size() + " example phrases; at least " + MIN_PHRASES + " are needed");
      }
      intents.put(intent, List.copyOf(phrases));
    });
    for (String intent : answered) {
      if (!intents.containsKey(intent)) {
        file.problem(file.root, intent, "missing: flows.yaml has a node answering this intent");
      }
    }
    return intents;
  }
}
