#!/usr/bin/env bash
# Auth benchmark: Argon2id password verification (the login's dominant cost) and access-token verification per
# request, against baselines in the same run (SHA-256, one Redis GET). Not part of the test command.
#
#   bench/auth/run.sh [extra JMH options]
#
# Redis: REDIS_URL (default redis://127.0.0.1:6379). Built against this checkout's shared-lib (one reactor,
# nothing installed); AUTH_BENCH_SHARED_LIB=m2 uses the shared-lib in ~/.m2. Sample mode on one thread gives
# p50/p99 per operation (target/sample.txt); 1 fork, 2 x 2 s warm-up, 3 x 3 s measurement.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

if [[ "${AUTH_BENCH_SHARED_LIB:-checkout}" == "m2" ]]; then
  mvn -B -q -f pom.xml package
else
  mvn -B -q -f with-checkout.xml package -DskipTests
fi

redis_url="${REDIS_URL:-redis://127.0.0.1:6379}"
java -jar target/benchmarks.jar AuthBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s -jvmArgs "-Dredis.url=$redis_url" \
  -bm sample -tu us -t 1 -rf json -rff target/sample.json "$@" | tee target/sample.txt
