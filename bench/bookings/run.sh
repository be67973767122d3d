#!/usr/bin/env bash
# Bookings benchmark: booking create p50/p99 through the service layer against a fresh
# PostgreSQL database (created and migrated by the harness, dropped at the end): one thread, two threads on
# different instructors (scaling), and 200 students racing for one slot on 16 threads. Not part of the test
# command or root build.
#
#   bench/bookings/run.sh [warm-up bookings [measured bookings per thread [contention rounds]]]
#
# PostgreSQL: PGHOST/PGPORT/PGUSER/PGPASSWORD (default 127.0.0.1:5432, postgres). Built against this
# checkout's shared-lib in one reactor (package only, nothing installed); BOOKINGS_BENCH_SHARED_LIB=m2
# uses the shared-lib in ~/.m2 instead. Add -o to MAVEN_ARGS to build offline.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

if [[ "${BOOKINGS_BENCH_SHARED_LIB:-checkout}" == "m2" ]]; then
  mvn -B -q ${MAVEN_ARGS:-} -f pom.xml package
else
  mvn -B -q ${MAVEN_ARGS:-} -f with-checkout.xml package -DskipTests
fi

java -Xms256m -Xmx256m -Dorg.jboss.logging.provider=jdk -Djava.util.logging.config.file=/dev/null \
  -jar target/bookings-bench.jar "$root/infra/db/src/main/resources/db/migration" "$@" \
  | tee target/results.txt
