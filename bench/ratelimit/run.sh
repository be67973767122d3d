#!/usr/bin/env bash
# Rate-limit decision benchmark: our RateLimiter.check (GCRA in one Lua script) vs Bucket4j's Lettuce proxy
# manager, against the same Redis in the same run. Not part of the test command or the root build.
#
#   bench/ratelimit/run.sh [extra JMH options]
#
# Redis: REDIS_URL (default redis://127.0.0.1:6379). The benchmark is built against this checkout's shared-lib
# (packaged in one reactor, nothing installed); RATELIMIT_BENCH_SHARED_LIB=m2 uses the shared-lib in ~/.m2.
# Modest settings for a small, noisy machine: 1 fork, 2 x 2 s warm-up, 3 x 3 s measurement. Two passes:
# sample mode on one thread (latency percentiles), then throughput on two threads.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

if [[ "${RATELIMIT_BENCH_SHARED_LIB:-checkout}" == "m2" ]]; then
  mvn -B -q -f pom.xml package
else
  mvn -B -q -f with-checkout.xml package -DskipTests
fi

redis_url="${REDIS_URL:-redis://127.0.0.1:6379}"
common=(-f 1 -wi 2 -i 3 -w 2s -r 3s -jvmArgs "-Dredis.url=$redis_url")

java -jar target/benchmarks.jar RateLimitBenchmark "${common[@]}" -bm sample -tu us -t 1 \
  -rf json -rff target/sample.json "$@" | tee target/sample.txt
java -jar target/benchmarks.jar RateLimitBenchmark "${common[@]}" -bm thrpt -tu ms -t 2 \
  -rf json -rff target/throughput.json "$@" | tee target/throughput.txt
