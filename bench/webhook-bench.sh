#!/usr/bin/env bash
# Durable intake under load: POST /webhooks/telegram (secret check, parse, map, encrypt, commit
# to SQLite) with wrk, against a fresh server whose Bot API is a local fake. Then waits until
# every accepted update was processed (engine run, reply written to the outbox) and reports that
# throughput too; delivery itself is paced by Telegram's limits (30 messages/s overall).
# Usage: bench/webhook-bench.sh [seconds] [connections]   (needs wrk and python3; run
# `mvn -B package -DskipTests` first). Only talks to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-20}"; conns="${2:-16}"
jar=target/passage.jar
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
work="$(mktemp -d)"
cleanup() { kill "$server" "$fake" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
python3 - "$work/fake.port" > /dev/null 2>&1 <<'PY' &
import http.server, json, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        out = json.dumps({"ok": True, "result": {"message_id": 1}}).encode()
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out))); self.end_headers(); self.wfile.write(out)
    def log_message(self, *a): pass
s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
open(sys.argv[1], "w").write(str(s.server_address[1]))
s.serve_forever()
PY
fake=$!
while [ ! -s "$work/fake.port" ]; do sleep 0.1; done
port=18765
DATA_DIR="$work/data" PORT=$port TELEGRAM_BOT_TOKEN=1:bench TELEGRAM_WEBHOOK_SECRET=bench_secret \
  TELEGRAM_API_BASE_URL="http://127.0.0.1:$(cat "$work/fake.port")" WEB_CHAT=false \
  java -jar "$jar" serve > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
echo "== intake: wrk -t2 -c$conns -d${secs}s POST /webhooks/telegram (500 users, unique update_ids)"
start=$(date +%s.%N)
wrk -t2 -c"$conns" -d"${secs}s" --latency -s bench/webhook-bench.lua "http://127.0.0.1:$port" | sed -n '/Latency/,/Requests\/sec/p'
metric() { curl -s "http://127.0.0.1:$port/metrics" | awk -v m="$1" '$0 ~ m { s += $NF } END { printf "%d", s }'; }
accepted=$(metric 'passage_inbox_messages_total\{kind="accepted"')
echo "accepted updates: $accepted"
echo "== processing: waiting until the worker has answered every accepted update (inbox empty)"
while [ "$(metric '^passage_inbox_pending')" -gt 0 ]; do sleep 0.2; done
end=$(date +%s.%N)
echo "processed: $accepted updates in $(echo "$end - $start" | bc) s since the load started"
echo "=> $(echo "$accepted / ($end - $start)" | bc) messages/s through engine and outbox writes"
echo "replies still queued for Telegram's limits (30/s, 1/s per chat): $(metric '^passage_outbox_pending')"
