#!/usr/bin/env bash
# Login latency end to end on this machine (not part of the test command): the local runtime with the demo
# accounts, then sequential requests through its gateway, interleaved so that all three share the noise:
#   login  POST /api/v1/auth/login (Argon2id verification, session rows, RS256 signing)
#   authed GET  /api/v1/2fa/status with the access token (token verification + revocation cutoff + a query)
#   health GET  /api/v1/health (the baseline: same gateway, same Lambda runtime path, one query)
# Usage: bench/auth/login-latency.sh [iterations=300]   (needs PostgreSQL on 127.0.0.1:5432 and Redis)
# The run lifts the auth_login and read rate limits in the local database (they would deny a benchmark)
# and removes that override when it ends.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-300}"
port=3910
state="$(mktemp -d)"
db="instainstru_local"
"$root/infra/local/build-if-stale"

INSTAINSTRU_LOCAL_STATE="$state" "$root/infra/local/run" --port "$port" --no-schedules --seed demo \
  >"$state/runtime.log" 2>&1 &
pid=$!
cleanup() {
  psql -h 127.0.0.1 -U postgres -d "$db" -qc \
    "DELETE FROM rate_limit_buckets WHERE updated_by = 'bench/auth/login-latency.sh'" >/dev/null 2>&1 || true
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  rm -rf "$state"
}
trap cleanup EXIT
# Wait on the control port, not the API: a function reads the rate-limit configuration on its first request.
until curl -fsS -o /dev/null "http://127.0.0.1:$((port + 1))/control" 2>/dev/null; do
  kill -0 $pid 2>/dev/null || { cat "$state/runtime.log"; exit 1; }
  sleep 0.1
done
psql -h 127.0.0.1 -U postgres -d "$db" -qc "
  INSERT INTO rate_limit_buckets (bucket, rate_per_minute, burst, shadow, updated_at, updated_by)
  VALUES ('auth_login', 1000000, 100000, false, now(), 'bench/auth/login-latency.sh'),
         ('read', 1000000, 100000, false, now(), 'bench/auth/login-latency.sh')
  ON CONFLICT (bucket) DO NOTHING"
java "$root/bench/auth/LoginLatency.java" "http://127.0.0.1:$port" "$n"
