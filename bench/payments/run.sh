#!/usr/bin/env bash
# Payments benchmark: N due authorizations end to end (PaymentScheduler -> queue -> payment workers ->
# stripe-java -> WireMock Stripe stub) against a fresh PostgreSQL database (created and migrated by the harness,
# dropped at the end), in three scenarios per count: paced (outbound Stripe requests held to PAYMENTS_BENCH_RATE,
# default 90/s, stub latency 50 ms), unpaced (same latency, no limiter: what production does) and ceiling (no
# limiter, latency 0: where the database and the queue stop it). Not part of the test command or root build.
#
#   bench/payments/run.sh [count ...]          (default 10000)
#   PAYMENTS_BENCH_SCENARIOS=ceiling bench/payments/run.sh 100000   (the larger size, no pacer, no latency)
#
# The SQS leg is measured alone on moto (127.0.0.1:4566, AWS_ENDPOINT_URL; started here if absent), the end-to-end
# runs use an in-memory queue (moto is slower than everything else together; PAYMENTS_BENCH_QUEUE=sqs to use it).
# Other knobs: PAYMENTS_BENCH_SCENARIOS, PAYMENTS_BENCH_LATENCY_MS, PAYMENTS_BENCH_WORKERS (see PaymentsBench).
# PostgreSQL: PGHOST/PGPORT/PGUSER/PGPASSWORD (default 127.0.0.1:5432, postgres). Built against this checkout's
# shared-lib in one reactor (package only, nothing installed); PAYMENTS_BENCH_SHARED_LIB=m2 uses the shared-lib in
# ~/.m2 instead. Add -o (and -Dmaven.repo.local=...) to MAVEN_ARGS to build offline.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

if [[ "${PAYMENTS_BENCH_SHARED_LIB:-checkout}" == "m2" ]]; then
  mvn -B -q ${MAVEN_ARGS:-} -f pom.xml package
else
  mvn -B -q ${MAVEN_ARGS:-} -f with-checkout.xml package -DskipTests
fi

if [[ "${PAYMENTS_BENCH_QUEUE:-memory}" == "sqs" || "${PAYMENTS_BENCH_SQS_LEG:-500}" != "0" ]] && ! curl -sf -o /dev/null "${AWS_ENDPOINT_URL:-http://127.0.0.1:4566}/moto-api/"; then
  moto_server -H 127.0.0.1 -p 4566 >/dev/null 2>&1 &
  for _ in $(seq 1 50); do
    curl -sf -o /dev/null http://127.0.0.1:4566/moto-api/ && break
    sleep 0.2
  done
fi

java -Xms512m -Xmx512m -Dorg.jboss.logging.provider=jdk -Djava.util.logging.config.file=/dev/null \
  -jar target/payments-bench.jar "$root/infra/db/src/main/resources/db/migration" "$@" \
  | tee target/results.txt
