#!/usr/bin/env bash
# Load test: N simulated users through Vaadin's own protocol against Taitoura in production mode, all on loopback.
#   ops/loadtest.sh [USERS]            e.g. ops/loadtest.sh 1,10,50,100 (the default; 1 is the single-user baseline)
# Environment: LOADTEST_DURATION (ISO-8601, per round, default PT60S), LOADTEST_THINK (default PT2S),
#   LOADTEST_PORT (default 18180), TAITOURA_JAR (a jar with the demo to test instead of building),
#   LOADTEST_KINDS: after the rounds, a single-kind round per action kind ("all", or names separated by ";", e.g.
#   "coach: open day;coach: save day"), each with LOADTEST_KIND_USERS users (default 5) for LOADTEST_KIND_DURATION
#   (default PT20S): the server's CPU per action of that kind;
#   LOADTEST_JFR=1: a flight recording of the server (target/loadtest/server.jfr) and its profile per round
#   (target/loadtest/profile.txt); LOADTEST_JAVA_OPTS: more options for the server's JVM.
# Each round prints the server's CPU time per action (/proc: the JVM and the embedded database apart) and GC time.
# Builds as ./run does (production mode, with the demo), starts it with the embedded database and the
# demo data in target/loadtest/data (loaded on the first run), runs the rounds, prints the figures, stops the server.
# See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/java-env.sh
users=${1:-1,10,50,100}
port=${LOADTEST_PORT:-18180}
db_port=$((port + 1))
work=$PWD/target/loadtest
mkdir -p "$work"

# The server runs as ./run runs it (production mode, prebuilt front-end bundle, with the demo data, which the release
# jar of -Pproduction leaves out: ADR 0018); or TAITOURA_JAR, a jar that has the demo (TAITOURA_DEMO=true).
jar=${TAITOURA_JAR:-}
if [ -z "$jar" ]; then
  echo "Building as ./run does (production mode) ..." >&2
  TAITOURA_BUILD_ONLY=1 ./run
fi

echo "Building the load test driver ..." >&2
(cd ops/loadtest && mvn -q -B package -DskipTests >&2 && mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2)

log=$work/server.log
windows=$work/windows.tsv
rm -f "$windows"
java_opts="-Xmx2g -XX:+UseG1GC ${LOADTEST_JAVA_OPTS:-}"
if [ -n "${LOADTEST_JFR:-}" ]; then
  rm -f "$work/server.jfr"
  java_opts="$java_opts -XX:StartFlightRecording=filename=$work/server.jfr,settings=profile,dumponexit=true"
  java_opts="$java_opts -XX:FlightRecorderOptions=stackdepth=256"
fi
echo "Starting Taitoura on 127.0.0.1:$port (data in $work/data, log $log) ..." >&2
export TAITOURA_DATA_DIR=$work/data TAITOURA_EMBEDDED_DB_PORT=$db_port PORT=$port TAITOURA_PUBLIC_URL=http://127.0.0.1:$port
if [ -n "$jar" ]; then
  "$JAVA_HOME/bin/java" $java_opts -jar "$jar" --server.address=127.0.0.1 >"$log" 2>&1 &
else
  # ./run ends in exec, so this process id is the server's own (jcmd measures its heap).
  TAITOURA_JAVA_OPTS="$java_opts" ./run --server.address=127.0.0.1 >"$log" 2>&1 &
fi
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
  grep -q "is ready" "$log" 2>/dev/null && break
  kill -0 $server 2>/dev/null || { echo "The server stopped; see $log" >&2; exit 1; }
  sleep 1
done
grep -q "is ready" "$log" || { echo "The server did not start in 20 minutes; see $log" >&2; exit 1; }
grep -q '"productionMode":true' <(curl -s "http://127.0.0.1:$port/?v-r=init&location=login" 2>/dev/null || true) \
  || echo "Warning: the server is not in Vaadin production mode" >&2

# What the simulated users open: the ledgers of each demo coach's trainees, the demonstrations, the summaries.
# The embedded database's root signs in by socket only (ADR 0019): read as the application's own account.
db_user=${LOADTEST_DB_USER:-taitoura_app}
db_password=${LOADTEST_DB_PASSWORD:-$(cat "$work/data/db-app.password" 2>/dev/null || true)}
sql() { MYSQL_PWD="$db_password" "$work/data/mariadb-base/bin/mariadb" --skip-ssl -h127.0.0.1 -P"$db_port" \
  -u"$db_user" -N -B taitoura -e "$1"; }
ledgers=$(sql "SELECT CONCAT(u.username, '=', GROUP_CONCAT(CONCAT(p.trainee_id, '/periods/', p.id) ORDER BY p.id))
  FROM training_period p JOIN training_period_coach c ON c.period_id = p.id JOIN app_user u ON u.id = c.user_id
  WHERE u.username IN ('valmentaja', 'valmentaja2') GROUP BY u.username" | paste -sd';')
demonstrations=$(sql "SELECT GROUP_CONCAT(id ORDER BY id) FROM demonstration")
summaries=$(sql "SELECT GROUP_CONCAT(id ORDER BY id) FROM period_summary")

cd ops/loadtest
rc=0
"$JAVA_HOME/bin/java" -cp "target/classes:$(cat target/classpath.txt)" fi.taitoura.loadtest.LoadTest \
  --base "http://127.0.0.1:$port/" --users "$users" --duration "${LOADTEST_DURATION:-PT60S}" \
  --think "${LOADTEST_THINK:-PT2S}" --pid "$server" --ledgers "$ledgers" --demonstrations "$demonstrations" \
  --summaries "$summaries" --kinds "${LOADTEST_KINDS:-}" --kind-users "${LOADTEST_KIND_USERS:-5}" \
  --kind-duration "${LOADTEST_KIND_DURATION:-PT20S}" --windows "$windows" || rc=$?
if [ -n "${LOADTEST_JFR:-}" ]; then
  # the recording is written when the server stops
  kill $server 2>/dev/null || true
  wait $server 2>/dev/null || true
  "$JAVA_HOME/bin/java" -cp "target/classes:$(cat target/classpath.txt)" fi.taitoura.loadtest.Profile \
    "$work/server.jfr" "$windows" 20 > "$work/profile.txt" \
    && echo "Profile per round: $work/profile.txt (recording $work/server.jfr)" >&2
fi
exit $rc
