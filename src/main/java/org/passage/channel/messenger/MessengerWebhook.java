package org.passage.channel.messenger;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.passage.inbox.Inbox;
import org.passage.store.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /webhooks/messenger} answers Meta's subscription check; {@code POST} takes events.
 * A POST is checked against {@code X-Hub-Signature-256} before anything is parsed (403, nothing
 * stored, if wrong or missing); malformed JSON is a 400. Every event of the batch is mapped and
 * stored, redeliveries (same mid) once, and the answer is 200 only after the inbox committed them.
 * Nothing about the sender or the text is logged.
 */
public final class MessengerWebhook {
  private static final Logger log = LoggerFactory.getLogger(MessengerWebhook.class);
  private final byte[] verifyToken;
  private final HubSignature signature;
  private final MessengerEvents events;
  private final Inbox inbox;

  MessengerWebhook(String verifyToken, HubSignature signature, MessengerEvents events, Inbox inbox) {
    this.verifyToken = verifyToken.getBytes(StandardCharsets.UTF_8);
    this.signature = signature;
    this.events = events;
    this.inbox = inbox;
  }

  /** Echoes {@code hub.challenge} for {@code hub.mode=subscribe} with the configured verify token; else 403. */
  public void verify(Context ctx) {
    String mode = ctx.queryParam("hub.mode");
    String token = ctx.queryParam("hub.verify_token");
    String challenge = ctx.queryParam("hub.challenge");
    boolean tokenOk = token != null && MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8));
    if ("subscribe".equals(mode) && tokenOk && challenge != null) {
      ctx.contentType("text/plain").result(challenge);
    } else {
      ctx.status(403).json(Map.of("error", "verification failed"));
    }
  }

  public void receive(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (!signature.isValid(body, ctx.header(HubSignature.HEADER))) {
      ctx.status(403).json(Map.of("error", "missing or wrong " + HubSignature.HEADER));
      return;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      ctx.status(400).json(Map.of("error", "body is not JSON"));
      return;
    }
    if (root == null || !"page".equals(root.path("object").asText()) || !root.path("entry").isArray()) {
      ctx.status(400).json(Map.of("error", "not a Messenger page event (object must be \"page\" with an entry list)"));
      return;
    }
    int stored = 0;
    int repeated = 0;
    int ignored = 0;
    for (MessengerEvents.Mapped mapped : events.map(root)) {
      if (mapped instanceof MessengerEvents.Mapped.Accepted a) {
        if (inbox.accept(a.message())) {
          stored++;
        } else {
          repeated++;
        }
      } else {
        ignored++;
      }
    }
    log.debug("messenger webhook: {} stored, {} redelivered, {} ignored", stored, repeated, ignored);
    ctx.contentType("text/plain").result("EVENT_RECEIVED");
  }
}
