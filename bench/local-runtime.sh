#!/usr/bin/env bash
# Local runtime figures on this machine (not part of the test command):
#  1. start-to-first-response: infra/local/run started (artifacts already built) until GET /api/v1/health
#     answers 200, which includes the health function's lazy cold start;
#  2. warm overhead: p50/p99 of GET /api/v1/health through the gateway vs the same handler in-process.
# Usage: bench/local-runtime.sh [iterations=500]   (needs PostgreSQL on 127.0.0.1:5432)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-500}"
port=3900
state="$(mktemp -d)"
"$root/infra/local/build-if-stale"

start=$(date +%s%N)
INSTAINSTRU_LOCAL_STATE="$state" "$root/infra/local/run" --port "$port" --no-schedules >"$state/runtime.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$state"' EXIT
until curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/health" 2>/dev/null; do
  kill -0 $pid 2>/dev/null || { cat "$state/runtime.log"; exit 1; }
  sleep 0.05
done
echo "start-to-first-response: $(( ($(date +%s%N) - start) / 1000000 )) ms (runtime start + health function cold start)"

fn="$state/health-api"
mkdir -p "$fn" && (cd "$fn" && unzip -q "$root/functions/health-api/target/function.zip")
java -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/instainstru_local \
  -Dquarkus.log.console.json.enabled=false -Dquarkus.log.level=WARN \
  -cp "$fn:$fn/lib/*" "$root/bench/GatewayOverhead.java" "http://127.0.0.1:$port" \
  "$root/events/health-api/get-health.json" "$n"
