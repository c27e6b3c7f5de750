-- A conversation is keyed by a pseudonym: a keyed hash of (platform, platform user id).
-- The platform id needed to reply lives only encrypted in outbox rows, never here in clear.
CREATE TABLE conversations (
  conversation_key TEXT PRIMARY KEY,
  platform         TEXT NOT NULL,
  state            BLOB NOT NULL,           -- encrypted JSON of the dialog state
  lang             TEXT,
  contact          BLOB,                    -- encrypted platform address, for staff replies
  last_inbound_at  INTEGER,                 -- epoch ms of the user's last message
  blocked_at       INTEGER,                 -- the user blocked the bot: stop sending
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);

-- Accepted messages. A row is committed before the webhook answers 200; its body is erased
-- once processed, the (platform, external_id) pair stays to recognise redeliveries.
CREATE TABLE inbox (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  platform         TEXT NOT NULL,
  external_id      TEXT NOT NULL,
  conversation_key TEXT NOT NULL,
  body             BLOB,                    -- encrypted JSON of the InboundMessage
  status           TEXT NOT NULL DEFAULT 'pending',   -- pending | done | failed
  attempts         INTEGER NOT NULL DEFAULT 0,
  last_error       TEXT,
  received_at      INTEGER NOT NULL,
  processed_at     INTEGER,
  UNIQUE (platform, external_id)
);
CREATE INDEX inbox_pending ON inbox (status, conversation_key, id);

-- Replies waiting to be delivered, in order per conversation.
CREATE TABLE outbox (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  platform         TEXT NOT NULL,
  conversation_key TEXT NOT NULL,
  recipient        BLOB,                    -- encrypted platform address; erased after delivery
  body             BLOB,                    -- encrypted JSON of the OutboundMessage; erased after delivery
  status           TEXT NOT NULL DEFAULT 'pending',   -- pending | sent | dead
  attempts         INTEGER NOT NULL DEFAULT 0,
  not_before       INTEGER NOT NULL,        -- epoch ms: retry_after and backoff
  last_error       TEXT,
  created_at       INTEGER NOT NULL,
  sent_at          INTEGER
);
CREATE INDEX outbox_due ON outbox (status, platform, not_before, id);
CREATE INDEX outbox_conversation ON outbox (conversation_key, id);

-- What was said, for staff working a case; encrypted, erased on /forget and by retention.
CREATE TABLE transcript (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_key TEXT NOT NULL,
  role             TEXT NOT NULL,           -- user | bot | staff
  body             BLOB NOT NULL,           -- encrypted text
  created_at       INTEGER NOT NULL
);
CREATE INDEX transcript_conversation ON transcript (conversation_key, id);

-- Conversations that need a person: asked for one, flagged by screening, or urgent.
CREATE TABLE cases (
  id               TEXT PRIMARY KEY,        -- pseudonymous, shown to staff (e.g. C-7K2Q9M)
  conversation_key TEXT NOT NULL,
  kind             TEXT NOT NULL,           -- person | job_offer | flagged | urgent | ...
  status           TEXT NOT NULL DEFAULT 'open',
  risk             REAL NOT NULL DEFAULT 0,
  urgent           INTEGER NOT NULL DEFAULT 0,
  indicators       TEXT NOT NULL DEFAULT '[]',
  excerpt          BLOB,                    -- encrypted; what the user wrote that raised it
  lang             TEXT,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX cases_open ON cases (status, urgent, created_at);
CREATE INDEX cases_conversation ON cases (conversation_key);
