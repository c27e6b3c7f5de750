-- Messenger splits long replies too (at 2000 characters), so the record of how many parts of a
-- reply were delivered serves every channel. Renamed, rows kept: a Telegram reply half-sent
-- before the upgrade still resumes after its last delivered part (keys are unchanged).
ALTER TABLE telegram_send_progress RENAME TO send_progress;
CREATE INDEX send_progress_updated ON send_progress (updated_at);
