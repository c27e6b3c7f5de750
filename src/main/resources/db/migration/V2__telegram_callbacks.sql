-- Telegram limits callback_data to 64 bytes: a longer button payload is stored here under a short
-- id ("~" + 22 base64url characters of its SHA-256), so a press resolves to the payload after a
-- restart too. Payloads come from dialogs/ (node ids), never from users.
CREATE TABLE telegram_callbacks (
  id               TEXT PRIMARY KEY,
  payload          TEXT NOT NULL,
  created_at       INTEGER NOT NULL
);

-- A reply longer than 4096 characters goes out as several messages. If a later part fails, the
-- outbox retries the whole row: this table remembers how many parts were delivered so none is
-- sent twice. Keyed by a keyed hash of (chat, message); the row is deleted once all parts are out.
CREATE TABLE telegram_send_progress (
  message_key      TEXT PRIMARY KEY,
  parts_sent       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
