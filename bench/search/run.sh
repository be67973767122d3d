#!/usr/bin/env bash
# Search benchmark on this machine (not part of the test command): 10,000 generated instructors
# (bench/search/generate.sql) in a scratch database, then p50/p95/p99 of SearchService.compute (uncached) for
# text + 5 km radius + date searches vs a text-only baseline in the same run. Target p95 <= 50 ms.
# Needs PostgreSQL 15 + PostGIS on 127.0.0.1:5432 (PGHOST/PGPORT/PGUSER/PGPASSWORD override); Redis is not
# used on this path. Measures this worktree's shared-lib (packaged into shared-lib/target, never installed).
# Usage: bench/search/run.sh [-Diterations=1000] [-Dexplain=true] [-Dkeep=true]
# Extra Maven flags (e.g. -o offline) through MAVEN_ARGS.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

mvn -B -q ${MAVEN_ARGS:-} -f "$root/shared-lib/pom.xml" package -DskipTests
jar="$root/shared-lib/target/shared-lib-0.1.0-SNAPSHOT.jar"
mvn -B -q ${MAVEN_ARGS:-} -f "$here/pom.xml" -DsharedLibJar="$jar" package \
  dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt"
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
cd "$root"
java -Xms256m -Xmx256m -Dorg.jboss.logging.provider=jdk -Djava.util.logging.config.file=/dev/null "$@" \
  -cp "$cp" com.instainstru.bench.search.SearchBench "$root"
