package org.passage.dialog;

import java.util.Map;
import java.util.Optional;

/**
 * A phone number, address or opening time the bot may show, from {@code dialogs/contacts.yaml}.
 * {@code verified} is true only when confirmed from the organisation's own source.
 */
public record Contact(
    String id,
    Optional<String> phone,
    Map<String, String> address,
    Map<String, String> hours,
    boolean verified,
    String source) {}
