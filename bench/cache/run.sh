#!/usr/bin/env bash
# Cache benchmarks on this machine (not part of the test command). Needs PostgreSQL on 127.0.0.1:5432
# (user postgres; PGHOST/PGPORT/PGUSER/PGPASSWORD override) and Redis on 127.0.0.1:6379 (-Dredis.url).
#  (a) instructor-profile read by primary key, cached (Redis hit) vs uncached (PostgreSQL): JMH SampleTime
#      p50/p90/p99 and cached/uncached ratios; target cached p50 < 2 ms. Uses a scratch database it drops.
#  (b) hit ratio of the instructor-profile family (TTL 300 s) on Zipf(1.1) over 10,000 keys, 200k requests,
#      at assumed platform-wide request rates (time-compressed); target >= 80 %.
# Measures this worktree's shared-lib: packaged into shared-lib/target (never installed) and put in front
# of the installed copy. Usage: bench/cache/run.sh [latency|hitrate|all] [rates req/s for (b), e.g. 10,40,100]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
what="${1:-all}"
rates="${2:-40}"

mvn -B -q -f "$root/shared-lib/pom.xml" package -DskipTests
jar="$root/shared-lib/target/shared-lib-0.1.0-SNAPSHOT.jar"
mvn -B -q -f "$here/pom.xml" -DsharedLibJar="$jar" package \
  dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt"
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
java_opts=(-Xms256m -Xmx256m -Dorg.jboss.logging.provider=jdk -Djava.util.logging.config.file=/dev/null)

if [[ "$what" == all || "$what" == latency ]]; then
  java "${java_opts[@]}" -cp "$cp" com.instainstru.bench.cache.LatencyMain
fi
if [[ "$what" == all || "$what" == hitrate ]]; then
  java "${java_opts[@]}" -cp "$cp" com.instainstru.bench.cache.ZipfHitRate 200000 10000 1.1 "$rates"
fi
