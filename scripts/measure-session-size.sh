#!/usr/bin/env bash
# Session memory: how much live heap one browsing session costs the running portal.
#
# What it does:
#   1. builds the production jar (./mvnw -DskipTests package: vaadin-dev is an optional
#      dependency, so the jar has no dev tools and runs in production mode; the script checks
#      flow-build-info.json says productionMode true and no vaadin-dev jar is inside);
#   2. starts it with production JVM flags (G1, fixed heap, exit on OutOfMemoryError) against a
#      MariaDB database, by default the local server's kundval_session (created if absent), once
#      per kind of visitor;
#   3. waits for the start page, then runs the measuring client
#      se.kundval.perf.SessionSizeMeasurement (src/test/java) with the test classpath: it opens
#      N real Chromium sessions (one browser context each), anonymous ones (start page,
#      home-care list filtered to an area, a provider page) and then logged-in residents (demo
#      login, "Mina val"), and reads the app's live heap after a full GC (jcmd GC.class_histogram)
#      at 0 (after one warm-up session) and at N, then again after the tabs are closed;
#   4. prints live heap per session = (heap at N - heap at 0) / N, the VaadinSession / UI / HTTP
#      session counts, and the classes that grew most. Histograms and the app's log are kept in
#      target/session-measure/.
#
# Usage: scripts/measure-session-size.sh [N]          (N defaults to 200)
#
# Environment (all optional):
#   KUNDVAL_DB_URL       jdbc:mariadb://127.0.0.1:3306/kundval_session
#   KUNDVAL_DB_USER / KUNDVAL_DB_PASSWORD   root / empty
#   MEASURE_PORT         port of the app (8093)
#   MEASURE_HEAP         -Xms/-Xmx of the app (1g)
#   MEASURE_KINDS        anonymous,resident (either or both)
#   MEASURE_SETTLE       seconds to wait before the reading at N (70: Tomcat closes idle
#                        keep-alive connections after 60 s; their buffers are not session memory)
#   MEASURE_OPEN_TABS    tabs kept really open (40); older ones are closed without the unload
#                        beacon, which leaves the server exactly as with an open idle tab. Every
#                        tab has a renderer process of its own (~80 MB): 200 open tabs need 16 GB.
#   MEASURE_AREA         area chosen in the result list's filter (Boo)
#   SKIP_BUILD=1         use the jar and test classes already in target/
#   MVN_OFFLINE=""       let Maven go online (default -o, offline)
#   KUNDVAL_CHROMIUM     Chromium to drive (/usr/bin/chromium)
#
# Needs: JDK 25 (jcmd of the same JDK as the app), Debian's Chromium, a MariaDB server, curl.
# Takes about 15 minutes for N=200 on the 2-core machine; Chromium needs ~3.5 GB for 40 open tabs.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
    export PATH="$JAVA_HOME/bin:$PATH"
fi

SESSIONS="${1:-200}"
PORT="${MEASURE_PORT:-8093}"
HEAP="${MEASURE_HEAP:-1g}"
OUT="target/session-measure"
DB_URL="${KUNDVAL_DB_URL:-jdbc:mariadb://127.0.0.1:3306/kundval_session}"
DB_USER="${KUNDVAL_DB_USER:-root}"
DB_PASSWORD="${KUNDVAL_DB_PASSWORD:-}"
MVN_OFFLINE="${MVN_OFFLINE--o}"

# Production flags: G1 (the default collector, named so it is not left to ergonomics), a fixed
# heap so the readings are not disturbed by resizing, and exit rather than limp on after an
# OutOfMemoryError. One flag is for the measurement only: SoftRefLRUPolicyMSPerMB=0 lets each full
# GC clear soft references (the JDK's reflection caches), which a normal JVM clears at moments of
# its own choosing, so they would otherwise blur the difference between two readings by ~1 MB.
JVM_FLAGS=(-XX:+UseG1GC "-Xms$HEAP" "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError -XX:SoftRefLRUPolicyMSPerMB=0)

mkdir -p "$OUT"
if [ "${SKIP_BUILD:-}" != "1" ]; then
    echo "== Building the production jar and the measuring client"
    # shellcheck disable=SC2086
    ./mvnw -B -q $MVN_OFFLINE -DskipTests package
    # shellcheck disable=SC2086
    ./mvnw -B -q $MVN_OFFLINE test-compile dependency:build-classpath \
        -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test
fi
# The app runs from a copy, so a build during the measurement cannot pull the jar from under it.
cp "$(ls target/kundval-*.jar | grep -v '\.original$' | head -1)" "$OUT/kundval.jar"
JAR="$OUT/kundval.jar"
if ! unzip -p "$JAR" META-INF/VAADIN/config/flow-build-info.json | grep -q '"productionMode" : true'; then
    echo "$JAR is not a production-mode build" >&2
    exit 1
fi
if unzip -l "$JAR" | grep -q 'BOOT-INF/lib/vaadin-dev'; then
    echo "$JAR contains vaadin-dev: not a production jar" >&2
    exit 1
fi

# The default database on the local server is created when missing (the app's Flyway fills it).
if [ -z "${KUNDVAL_DB_URL:-}" ] && command -v mariadb > /dev/null; then
    mariadb -h 127.0.0.1 -P 3306 -u "$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -e \
        "CREATE DATABASE IF NOT EXISTS kundval_session CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci"
fi

# One fresh app per kind of visitor, so sessions left from one kind cannot expire in the middle
# of the other's readings. The idle timeouts are raised for the same reason: with N=200 the
# first sessions would otherwise reach the 10-minute anonymous timeout before the reading at N on
# a slow machine. They do not change what a session holds.
measure() {
    local kind="$1"
    echo "== Starting $JAR on port $PORT with ${JVM_FLAGS[*]} (database $DB_URL) for: $kind"
    # The search index is rebuilt at start; keep it apart from a developer's ~/.kundval/index.
    # The demo (its accounts log in) on the throwaway database kundval_session.
    KUNDVAL_DB_URL="$DB_URL" KUNDVAL_DB_USER="$DB_USER" KUNDVAL_DB_PASSWORD="$DB_PASSWORD" \
        KUNDVAL_INDEX_DIR="$PWD/$OUT/index" PORT="$PORT" \
        KUNDVAL_ANONYMOUS_SESSION_TIMEOUT=60m KUNDVAL_RESIDENT_SESSION_TIMEOUT=60m \
        SPRING_PROFILES_ACTIVE=demo KUNDVAL_DEMO_ALLOW_EXTERNAL_DB=true \
        java "${JVM_FLAGS[@]}" -jar "$JAR" > "$OUT/app-$kind.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 180); do
        if curl -s -o /dev/null -f "http://127.0.0.1:$PORT/"; then
            break
        fi
        if ! kill -0 "$APP_PID" 2> /dev/null; then
            echo "The app stopped; see $OUT/app-$kind.log" >&2
            exit 1
        fi
        sleep 1
    done
    curl -s -o /dev/null -f "http://127.0.0.1:$PORT/" || { echo "No start page after 180 s; see $OUT/app-$kind.log" >&2; exit 1; }
    echo "== App (pid $APP_PID) answers; measuring $kind with N=$SESSIONS"

    java -Xmx512m -cp "target/test-classes:$(cat "$OUT/classpath.txt")" \
        -Dmeasure.url="http://127.0.0.1:$PORT" \
        -Dmeasure.pid="$APP_PID" \
        -Dmeasure.sessions="$SESSIONS" \
        -Dmeasure.kinds="$kind" \
        -Dmeasure.settle="${MEASURE_SETTLE:-70}" \
        -Dmeasure.open-tabs="${MEASURE_OPEN_TABS:-40}" \
        -Dmeasure.area="${MEASURE_AREA:-Boo}" \
        -Dmeasure.out="$OUT" \
        -Dkundval.chromium="${KUNDVAL_CHROMIUM:-/usr/bin/chromium}" \
        se.kundval.perf.SessionSizeMeasurement
    cp "$OUT/summary.txt" "$OUT/summary-$kind.txt"

    kill "$APP_PID"
    wait "$APP_PID" 2> /dev/null || true
    APP_PID=""
}

APP_PID=""
trap 'if [ -n "$APP_PID" ]; then kill "$APP_PID" 2> /dev/null || true; fi' EXIT
IFS=',' read -r -a KINDS <<< "${MEASURE_KINDS:-anonymous,resident}"
for kind in "${KINDS[@]}"; do
    measure "$kind"
done

echo
echo "==== Session memory (N=$SESSIONS) ===="
for kind in "${KINDS[@]}"; do
    cat "$OUT/summary-$kind.txt"
done
echo "== JVM flags of the app: ${JVM_FLAGS[*]}; summaries and histograms in $OUT/"
