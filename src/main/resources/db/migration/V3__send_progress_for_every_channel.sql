-- Messenger splits long replies too (at 2000 characters), so the record of how many parts of a
-- reply were delivered serves every channel. Its key is the outbox row's id from now on; records
-- under the old Telegram keys are purged by retention as belonging to no row.
ALTER TABLE telegram_send_progress RENAME TO send_progress;
CREATE INDEX send_progress_updated ON send_progress (updated_at);
