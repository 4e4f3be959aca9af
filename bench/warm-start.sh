#!/bin/bash
# Times a warm `npm start`: run it from the repo root with the dev Neo4j
# stopped and nothing changed since the last start. Prints the time to the
# first 200 from /api/health, and the start's timestamped milestones (the
# launcher reports Neo4j's own start time), then stops the app and Neo4j.
# Usage: bench/warm-start.sh <label>   (needs curl and bc)
set -u
label=${1:-warm}
log="/tmp/warm-start-$label.log"
start=$(date +%s.%N)
(npm start 2>&1 | while IFS= read -r line; do
  printf '%6.1f %s\n' "$(echo "$(date +%s.%N) - $start" | bc)" "$line"
done) > "$log" &
for _ in $(seq 1 1800); do
  curl -sf http://localhost:3000/api/health > /dev/null && break
  sleep 0.2
done
echo "$label: healthy after $(echo "$(date +%s.%N) - $start" | bc) s (load $(cut -d' ' -f1-3 /proc/loadavg))"
grep -E 'Compiled|Starting Neo4j|is ready|unchanged|written|client build|listening' "$log" | cut -c1-150
pkill -INT -f 'tools/launch.mjs'
sleep 2
npm run db:stop -- dev > /dev/null 2>&1
