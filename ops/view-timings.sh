#!/usr/bin/env bash
# Measures Taitoura as a user meets it: starts `./run ARGS` (production mode by default, `dev` for development
# mode) on its own port and data folder, prints the time from start to the sign-in page and to the first signed-in
# view, then each main view's load time (cold and warm) in Chromium, and stops the application.
# Usage: ops/view-timings.sh [dev]     Environment: PORT (default 8181), TAITOURA_DATA_DIR (default target/timing-data)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/java-env.sh
PORT=${PORT:-8181}
export PORT TAITOURA_DATA_DIR=${TAITOURA_DATA_DIR:-$PWD/target/timing-data}
mvn -q -B -DskipTests test-compile >&2
if [ ! -f target/test-classpath.txt ] || [ pom.xml -nt target/test-classpath.txt ]; then
  mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
fi
# Build what ./run builds before starting the clock: the figure is the start, not the compilation.
TAITOURA_BUILD_ONLY=1 ./run "$@" >&2
start=$(date +%s%N); start_ms=$(( start / 1000000 ))
./run "$@" > target/view-timings-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://localhost:$PORT/login"; do
  sleep 0.2
  kill -0 $app 2>/dev/null || { echo "the application stopped: see target/view-timings-app.log" >&2; exit 1; }
done
echo "START ./run $* -> HTTP answers: $(( ($(date +%s%N) - start) / 1000000 )) ms"
# the first start of a data folder loads the demo accounts after the web server is up
until grep -q "is ready" target/view-timings-app.log; do sleep 0.2; done
echo "START ./run $* -> node ready (demo data loaded): $(( ($(date +%s%N) - start) / 1000000 )) ms"
"$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat target/test-classpath.txt)" fi.taitoura.benchmark.ViewTimings \
  "http://localhost:$PORT" "$start_ms"
