package org.passage.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * One message accepted from a channel, normalised. Nothing here names the sender: the
 * conversation is a pseudonym and {@code address} (what the platform needs to reply, e.g. a chat
 * id) is only ever stored encrypted.
 *
 * @param platform telegram, messenger or local
 * @param externalId the platform's own id of the delivery (update_id, mid), to recognise redeliveries
 * @param languageHint a language the platform suggests (e.g. Telegram's language_code), used once
 */
public record InboundMessage(
    String platform,
    String externalId,
    String conversationKey,
    String address,
    Instant sentAt,
    UserInput input,
    Optional<String> languageHint) {}
