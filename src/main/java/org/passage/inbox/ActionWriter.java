package org.passage.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.passage.channel.InboundMessage;
import org.passage.channel.UserInput;
import org.passage.dialog.Action;
import org.passage.outbox.Outbox;
import org.passage.triage.Cases;
import org.passage.triage.Transcript;

/** Carries out the engine's actions inside the message's transaction. */
public final class ActionWriter {
  private final Outbox outbox;
  private final Cases cases;
  private final Transcript transcript;

  public ActionWriter(Outbox outbox, Cases cases, Transcript transcript) {
    this.outbox = outbox;
    this.cases = cases;
    this.transcript = transcript;
  }

  /** Writes the actions' rows; returns true if the user asked to be forgotten. */
  boolean write(Connection c, InboundMessage message, List<Action> actions) throws SQLException {
    String key = message.conversationKey();
    boolean forgotten = actions.stream().anyMatch(a -> a instanceof Action.Forgotten);
    if (forgotten) {
      transcript.erase(c, key);
      cases.forget(c, key);
      outbox.discard(c, key);
    } else {
      transcript.append(c, key, "user", describe(message.input()));
    }
    for (Action action : actions) {
      if (action instanceof Action.Reply reply) {
        outbox.enqueue(c, message.platform(), key, message.address(), reply.message());
        if (!forgotten) {
          transcript.append(c, key, "bot", reply.message().text());
        }
      } else if (action instanceof Action.CaseRaised raised && !forgotten) {
        cases.raise(c, key, raised);
      }
    }
    return forgotten;
  }

  private static String describe(UserInput input) {
    if (input instanceof UserInput.Text t) {
      return t.text();
    } else if (input instanceof UserInput.ButtonPress b) {
      return "[button " + b.payload() + "]";
    } else if (input instanceof UserInput.Attachments a) {
      return "[" + a.items().size() + " attachment(s)]" + a.caption().map(c -> " " + c).orElse("");
    }
    throw new IllegalArgumentException("unknown input " + input.getClass());
  }

  /** Queues {@code reply} to the sender of {@code message} without running the engine. */
  void fallback(Connection c, InboundMessage message, org.passage.channel.OutboundMessage reply) throws SQLException {
    outbox.enqueue(c, message.platform(), message.conversationKey(), message.address(), reply);
  }
}
