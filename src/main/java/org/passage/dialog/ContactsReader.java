package org.passage.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code contacts.yaml}: every contact needs {@code verified} and a {@code source}. */
final class ContactsReader {
  private ContactsReader() {}

  static Map<String, Contact> read(YamlFile file) {
    Map<String, Contact> contacts = new LinkedHashMap<>();
    var top = file.mapping(file.root, "");
    file.onlyKeys(top, "", List.of("contacts"));
    if (!top.containsKey("contacts")) {
      file.problem(file.root, "contacts", "missing");
      return contacts;
    }
    file.mapping(top.get("contacts"), "contacts").forEach((id, yaml) -> {
      String key = "contacts." + id;
      var fields = file.mapping(yaml, key);
      file.onlyKeys(fields, key, List.of("phone", "address", "hours", "verified", "source"));
      Optional<String> phone = fields.containsKey("phone")
          ? Optional.ofNullable(file.text(fields.get("phone"), key + ".phone"))
          : Optional.empty();
      var verified = fields.get("verified");
      boolean isVerified = false;
      if (verified instanceof ScalarNode s && ("true".equals(s.getValue()) || "false".equals(s.getValue()))) {
        isVerified = Boolean.parseBoolean(s.getValue());
      } else {
        file.problem(verified == null ? yaml : verified, key + ".verified", "must be true or false");
      }
      String source = fields.containsKey("source") ? file.text(fields.get("source"), key + ".source") : null;
      if (source == null && !fields.containsKey("source")) {
        file.problem(yaml, key + ".source", "missing: say where this detail comes from");
      }
      contacts.put(id, new Contact(id, phone, perLanguage(file, fields, "address", key),
          perLanguage(file, fields, "hours", key), isVerified, source == null ? "" : source));
    });
    return contacts;
  }

  private static Map<String, String> perLanguage(
      YamlFile file, Map<String, org.yaml.snakeyaml.nodes.Node> fields, String name, String key) {
    Map<String, String> values = new LinkedHashMap<>();
    if (!fields.containsKey(name)) {
      return values;
    }
    var entries = file.mapping(fields.get(name), key + "." + name);
    file.onlyKeys(entries, key + "." + name, Languages.ALL);
    entries.forEach((lang, v) -> {
      String text = file.text(v, key + "." + name + "." + lang);
      if (text != null) {
        values.put(lang, text);
      }
    });
    for (String lang : Languages.ALL) {
      if (!values.containsKey(lang) && !entries.containsKey(lang)) {
        file.problem(fields.get(name), key + "." + name + "." + lang, "missing in this language");
      }
    }
    return values;
  }
}
