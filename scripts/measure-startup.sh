#!/usr/bin/env bash
# Start-up time: from process start until the node is ready (the readiness probe answers UP, i.e.
# the search index is built and the sample municipality imported) and the start page answers 200.
#
#   scripts/measure-startup.sh jar [runs]   the production jar (built when missing) on the MariaDB
#                                           server in KUNDVAL_DB_URL (default: a fresh database
#                                           kundval_startup on 127.0.0.1:3306, root)
#   scripts/measure-startup.sh aot [runs]   as jar, but from the extracted jar with a JDK 25 AOT
#                                           cache (JEP 483/514/515) made by a training run first
#   scripts/measure-startup.sh dev [runs]   the README's run command, ./mvnw spring-boot:run, on
#                                           the embedded MariaDB in a fresh data directory
#
# The first run starts empty (schema migrated, sample imported, index built); later runs restart
# on the data the first left (the index is rebuilt at every start). Extra JVM options for the jar:
# JAVA_OPTS. Figures go in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
    export PATH="$JAVA_HOME/bin:$PATH"
fi
mode=${1:-jar}
runs=${2:-3}
port=${PORT:-18080}
work=$(mktemp -d /tmp/kundval-startup.XXXXXX)
export KUNDVAL_INDEX_DIR="$work/index" PORT=$port
jar=target/kundval-0.1.0-SNAPSHOT.jar
if [ "$mode" = jar ] || [ "$mode" = aot ]; then
    [ -f "$jar" ] || ./mvnw -B -q -DskipTests package
    if [ -z "${KUNDVAL_DB_URL:-}" ]; then
        mysql -uroot -h127.0.0.1 -e "drop database if exists kundval_startup;
            create database kundval_startup character set utf8mb4 collate utf8mb4_swedish_ci"
        export KUNDVAL_DB_URL=jdbc:mariadb://127.0.0.1:3306/kundval_startup
    fi
    # The sample municipality as the README's run command has it: the demo, here on a throwaway
    # database server.
    export SPRING_PROFILES_ACTIVE=demo KUNDVAL_DEMO_ALLOW_EXTERNAL_DB=true
else
    export KUNDVAL_DB_DIR="$work/db"
fi
if [ "$mode" = aot ]; then
    # The AOT cache needs a plain class path, hence the extracted jar; the training run stops
    # after the context refresh (Spring's spring.context.exit=onRefresh).
    export KUNDVAL_PROVIDERS_DATA="$PWD/providers-data/reference" KUNDVAL_DEMO_DATA="$PWD/providers-data/demo"
    java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
    java -XX:AOTCacheOutput="$work/app.aot" -Dspring.context.exit=onRefresh -jar "$work/app/$(basename "$jar")" \
        > "$work/training.log" 2>&1
    echo "AOT cache: $(du -h "$work/app.aot" | cut -f1) from a training run"
    jar="$work/app/$(basename "$jar")"
    JAVA_OPTS="${JAVA_OPTS:-} -XX:AOTCache=$work/app.aot"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); mode $mode"
for run in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    if [ "$mode" != dev ]; then
        # shellcheck disable=SC2086
        setsid java ${JAVA_OPTS:-} -jar "$jar" > "$work/run$run.log" 2>&1 &
    else
        setsid ./mvnw -B -q spring-boot:run > "$work/run$run.log" 2>&1 &
    fi
    pid=$!
    page=""
    until curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
        if ! kill -0 $pid 2>/dev/null; then echo "the app stopped; see $work/run$run.log"; exit 1; fi
        if [ -z "$page" ] && curl -fs -o /dev/null "http://localhost:$port/"; then
            page=$(( ($(date +%s%N) - start) / 1000000 ))
        fi
        sleep 0.1
    done
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    curl -fs -o /dev/null "http://localhost:$port/"
    answered=$(( ($(date +%s%N) - start) / 1000000 ))
    started=$(grep -o 'Started KundvalApplication in [0-9.]* seconds' "$work/run$run.log" | head -1 || true)
    rss=$(ps -o rss= -p "$(pgrep -f -n 'kundval|KundvalApplication' || echo $pid)" | awk '{printf "%d MiB", $1/1024}')
    echo "run $run: ready and start page answered after $answered ms (ready $ready ms; first page ${page:-at ready} ms; $started; RSS $rss)"
    kill -- -$pid; wait $pid 2>/dev/null || true
    sleep 1
done
rm -rf "$work"
