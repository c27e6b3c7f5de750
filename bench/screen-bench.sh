#!/usr/bin/env bash
# Times `passage screen` on a 10,000-line file made from the held-out messages (all six
# languages, plain and JSON lines), and prints the median and p99 classification cost per
# message. Usage: bench/screen-bench.sh [lines]   (run `mvn -B package -DskipTests` first)
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-10000}"
jar=target/passage.jar
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
input="$(mktemp)"
trap 'rm -f "$input" "$input.out"' EXIT
tail -q -n +2 src/test/resources/heldout/*.tsv | cut -f1 > "$input.src"
awk -v n="$lines" '{ a[NR] = $0 } END { for (i = 0; i < n; i++) { t = a[i % NR + 1];
  if (i % 2) { gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t); print "{\"text\":\"" t "\"}" } else print t } }' "$input.src" > "$input"
rm -f "$input.src"
echo "java -jar $jar screen --timings < $lines lines"
start=$(date +%s.%N)
java -jar "$jar" screen --timings < "$input" > "$input.out"
end=$(date +%s.%N)
echo "wall time: $(echo "$end - $start" | bc) s (includes JVM start and model loading)"
echo "results: $(wc -l < "$input.out") lines, flagged: $(grep -c '"flag":true' "$input.out")"
