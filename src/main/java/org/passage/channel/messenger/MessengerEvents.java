package org.passage.channel.messenger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.messenger4j.Messenger;
import com.github.messenger4j.exception.MessengerVerificationException;
import com.github.messenger4j.webhook.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.passage.channel.InboundMessage;
import org.passage.channel.UserInput;
import org.passage.privacy.Keys;
import org.passage.store.Json;

/**
 * Turns one verified webhook body into one {@link Mapped} result per messaging event, in order.
 * The batch is split into single events before messenger4j parses them, so an event it cannot
 * read (e.g. an attachment type newer than the library) costs only itself, never the others.
 * Names and other profile data are never read; the sender's PSID leaves only as the address.
 */
final class MessengerEvents {
  static final String PLATFORM = "messenger";
  private final Messenger parser;
  private final HubSignature signature;
  private final Keys keys;

  MessengerEvents(Messenger parser, HubSignature signature, Keys keys) {
    this.parser = parser;
    this.signature = signature;
    this.keys = keys;
  }

  /** The outcome of one event: a message for the inbox, or an explicit ignore with its reason. */
  sealed interface Mapped {
    record Accepted(InboundMessage message) implements Mapped {}

    record Ignored(String reason) implements Mapped {}
  }

  /** Maps every event of every entry of a {@code "object":"page"} body. */
  List<Mapped> map(JsonNode root) {
    List<Mapped> results = new ArrayList<>();
    for (JsonNode entry : root.path("entry")) {
      for (JsonNode event : entry.path("messaging")) {
        results.add(one(entry, event));
      }
    }
    return results;
  }

  private Mapped one(JsonNode entry, JsonNode event) {
    ObjectNode single = Json.MAPPER.createObjectNode().put("object", "page");
    ObjectNode copy = single.putArray("entry").addObject();
    copy.set("id", entry.path("id"));
    copy.set("time", entry.path("time"));
    copy.putArray("messaging").add(event);
    String json = single.toString();
    List<Mapped> out = new ArrayList<>(1);
    try {
      parser.onReceiveEvents(json, Optional.of(signature.sha1ForMessenger4j(json)), e -> out.add(map(e, event)));
    } catch (MessengerVerificationException e) {
      throw new IllegalStateException("messenger4j rejected an event we signed ourselves", e);
    } catch (IllegalArgumentException e) {
      return unreadable(event);
    } catch (RuntimeException e) {
      return new Mapped.Ignored("malformed event");
    }
    return out.isEmpty() ? new Mapped.Ignored("no event") : out.get(0);
  }

  /** messenger4j throws on attachment types it does not know: still a message the user sent. */
  private Mapped unreadable(JsonNode event) {
    String mid = event.path("message").path("mid").asText("");
    String psid = event.path("sender").path("id").asText("");
    if (mid.isEmpty() || psid.isEmpty() || !event.path("message").path("attachments").isArray()) {
      return new Mapped.Ignored("unreadable event");
    }
    return accepted(psid, mid, event.path("timestamp").asLong(),
        new UserInput.Attachments(List.of(new UserInput.Attachment("other", "")), Optional.empty()));
  }

  private Mapped map(Event e, JsonNode raw) {
    if (e.isMessageEchoEvent()) {
      return new Mapped.Ignored("echo");
    }
    if (e.isMessageDeliveredEvent() || e.isMessageReadEvent()) {
      return new Mapped.Ignored("receipt");
    }
    long at = e.timestamp().toEpochMilli();
    if (e.isQuickReplyMessageEvent()) {
      var q = e.asQuickReplyMessageEvent();
      return accepted(e.senderId(), q.messageId(), at, new UserInput.ButtonPress(q.payload()));
    }
    if (e.isTextMessageEvent()) {
      var t = e.asTextMessageEvent();
      return accepted(e.senderId(), t.messageId(), at, new UserInput.Text(t.text()));
    }
    if (e.isAttachmentMessageEvent()) {
      var a = e.asAttachmentMessageEvent();
      return accepted(e.senderId(), a.messageId(), at,
          new UserInput.Attachments(a.attachments().stream().map(MessengerEvents::attachment).toList(), Optional.empty()));
    }
    if (e.isPostbackEvent()) {
      var p = e.asPostbackEvent();
      if (p.payload().isEmpty()) {
        return new Mapped.Ignored("postback without payload");
      }
      String payload = p.payload().get();
      String mid = raw.path("postback").path("mid").asText("");
      String id = mid.isEmpty() ? withoutMid(e.senderId(), at, payload) : mid;
      return accepted(e.senderId(), id, at, postbackInput(payload, p.referral().flatMap(r -> r.refPayload())));
    }
    if (e.isReferralEvent()) {
      Optional<String> ref = e.asReferralEvent().referral().refPayload();
      return ref.isEmpty() ? new Mapped.Ignored("referral without ref")
          : accepted(e.senderId(), withoutMid(e.senderId(), at, "ref:" + ref.get()), at, new UserInput.Text("/start " + ref.get()));
    }
    return new Mapped.Ignored("unsupported event");
  }

  /** Get Started ({@code /start}, with an m.me link's ref) and menu commands are typed commands; the rest are button payloads. */
  static UserInput postbackInput(String payload, Optional<String> ref) {
    if (payload.equals(MessengerProfile.GET_STARTED) && ref.isPresent()) {
      return new UserInput.Text(payload + " " + ref.get());
    }
    return payload.startsWith("/") ? new UserInput.Text(payload) : new UserInput.ButtonPress(payload);
  }

  /** Postbacks before Graph v11 carry no mid: a keyed hash of who, when and what, so no PSID is stored in clear. */
  private String withoutMid(String psid, long at, String payload) {
    return "pb:" + keys.pseudonym(PLATFORM + "-postback", psid + '\u0000' + at + '\u0000' + payload);
  }

  private Mapped accepted(String psid, String externalId, long at, UserInput input) {
    return new Mapped.Accepted(new InboundMessage(PLATFORM, externalId, keys.pseudonym(PLATFORM, psid), psid,
        java.time.Instant.ofEpochMilli(at), input, Optional.empty()));
  }

  private static UserInput.Attachment attachment(com.github.messenger4j.webhook.event.attachment.Attachment a) {
    if (a.isRichMediaAttachment()) {
      var media = a.asRichMediaAttachment();
      String kind = switch (media.type()) {
        case IMAGE -> "image";
        case AUDIO -> "audio";
        case VIDEO -> "video";
        case FILE -> "document";
      };
      return new UserInput.Attachment(kind, media.url().toString());
    }
    if (a.isLocationAttachment()) {
      var l = a.asLocationAttachment();
      return new UserInput.Attachment("location", l.latitude() + "," + l.longitude());
    }
    return new UserInput.Attachment("other", "");
  }
}
