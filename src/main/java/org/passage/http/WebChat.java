package org.passage.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Map;
import org.passage.channel.UserInput;
import org.passage.channel.local.LocalChannel;
import org.passage.dialog.DialogEngine;
import org.passage.store.Json;

/**
 * {@code POST /chat/send} for the web chat page: {@code {"session":..., "text":...}} or
 * {@code {"session":..., "payload":...}} in, {@code {"messages":[{"text":..., "buttons":[...]}]}} out.
 */
final class WebChat {
  private final LocalChannel local;

  WebChat(LocalChannel local) {
    this.local = local;
  }

  void send(Context ctx) {
    String raw = ctx.body(); // 413 from Javalin if over the limit
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(raw);
    } catch (Exception e) {
      throw new BadRequestResponse("body must be JSON");
    }
    if (body == null || !body.isObject()) {
      throw new BadRequestResponse("body must be a JSON object");
    }
    String session = body.path("session").asText(null);
    if (!LocalChannel.isValidSession(session)) {
      throw new BadRequestResponse("session must be 8 to 64 letters, digits, '-' or '_'");
    }
    UserInput input;
    if (body.hasNonNull("payload") && body.get("payload").isTextual()) {
      input = new UserInput.ButtonPress(body.get("payload").asText());
    } else if (body.hasNonNull("text") && body.get("text").isTextual()) {
      String text = body.get("text").asText();
      if (text.length() > DialogEngine.MAX_INPUT * 2) {
        throw new BadRequestResponse("text is too long");
      }
      input = new UserInput.Text(text);
    } else {
      throw new BadRequestResponse("send either text or payload");
    }
    ctx.json(Map.of("messages", local.exchange(session, input)));
  }
}
