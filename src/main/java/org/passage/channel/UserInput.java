package org.passage.channel;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;

/** What a user sent, with everything about the sender already dropped by the channel. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = UserInput.Text.class, name = "text"),
  @JsonSubTypes.Type(value = UserInput.ButtonPress.class, name = "button"),
  @JsonSubTypes.Type(value = UserInput.Attachments.class, name = "attachments")
})
public sealed interface UserInput {

  /** Typed text, including commands such as {@code /start ka_report}. */
  record Text(String text) implements UserInput {}

  /** A button's payload, as given in {@link Button#payload()}. */
  record ButtonPress(String payload) implements UserInput {}

  /** Files or photos, with an optional caption. {@code ref} is the platform's handle to fetch it. */
  record Attachments(List<Attachment> items, Optional<String> caption) implements UserInput {
    public Attachments {
      items = List.copyOf(items);
    }
  }

  /** @param kind image, document, audio, video, location or other */
  record Attachment(String kind, String ref) {}
}
