#!/usr/bin/env bash
# Start-up and memory of one service, in a minute instead of a whole `./suite bench`: starts the packaged service
# alone (a copy, so a build meanwhile changes nothing), times it to its first ready answer, reads the CPU it
# used until then (/proc/<pid>/stat), sends its read endpoints 4 connections of GETs for --load seconds and
# reads its resident memory (VmRSS); --runs times, then the medians. With --cds it first makes the class cache
# as `./suite up` does (a start that writes it when it stops: an AOT cache on Java 25 or newer, an AppCDS archive
# before) and runs with it. --url sends that one path
# instead, so that a single endpoint's CPU per request shows.
#
#   bench/footprint.sh [--runs 3] [--load 20] [--cds] [--db NAME] [--port 9711] [--url PATH] SERVICE [JVM OPTION...]
#   bench/footprint.sh [--runs 3] [--load 20] [--cds] [--port 9711] --app DIR --url PATH [JVM OPTION...]
#
# --app measures another Quarkus application the same way, by its quarkus-app directory (its own configuration,
# QUARKUS_HTTP_PORT set to --port, /q/health/ready for readiness): a yardstick run with the same flags, on the
# same machine, by the same instrument. The README says which one the figures were compared with.
#
# JVM options default to ./suite's SERVICE_JAVA_OPTS; JAVA picks the java (default: the one on PATH, while ./suite
# runs the services on a Java 25 when it finds one: JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java). The service
# uses its development database (skills, coaching, secondment) unless --db names another; the keys come from
# .suite/keys (run ./suite up or ./suite token once). Other services' URLs lead nowhere, so only reads are sent.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd -P)
RUNS=3 LOAD=20 CDS=0 PORT=9711 DB="" URL="" APP=""
while (($#)); do
    case $1 in
    --runs | --load | --db | --port | --url | --app)
        [[ $# -ge 2 ]] || { echo "footprint: $1 needs a value" >&2; exit 1; }
        case $1 in
        --runs) RUNS=$2 ;; --load) LOAD=$2 ;; --db) DB=$2 ;; --port) PORT=$2 ;; --url) URL=$2 ;; --app) APP=$2 ;;
        esac
        shift 2
        ;;
    --cds) CDS=1; shift ;;
    -*) echo "footprint: unknown option $1" >&2; exit 1 ;;
    *) break ;;
    esac
done
declare -A DBS=([skills-service]=skills [coaching-service]=coaching [secondment-service]=secondment)
if [[ -n $APP ]]; then
    [[ -f $APP/quarkus-run.jar && -n $URL ]] || { echo "footprint: --app needs a quarkus-app directory and --url" >&2; exit 1; }
    SVC=$(basename "$(cd "$APP/../.." && pwd)")
else
    (($# >= 1)) || { sed -n '2,20p' "$0" >&2; exit 1; }
    SVC=$1
    shift
    [[ -n ${DBS[$SVC]:-} ]] || { echo "footprint: unknown service $SVC" >&2; exit 1; }
    DB=${DB:-${DBS[$SVC]}}
fi
if (($# > 0)); then
    OPTS=("$@")
else
    read -r -a OPTS <<<"$(sed -n 's/^SERVICE_JAVA_OPTS=\${SERVICE_JAVA_OPTS:-\(.*\)}$/\1/p' suite)"
fi
JAVA=${JAVA:-java}
KEYS=$ROOT/.suite/keys
[[ -f $KEYS/trusted.jwks ]] || { echo "footprint: no keys in $KEYS: run ./suite token once" >&2; exit 1; }
if [[ -n $APP ]]; then
    JAR=quarkus-run.jar
else
    JAR=$SVC-runner.jar
    [[ -f $SVC/target/$JAR ]] || { echo "footprint: build $SVC first" >&2; exit 1; }
fi

WORK=$(mktemp -d)
PID=""
cleanup() {
    if [[ -n $PID ]]; then kill -TERM "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
if [[ -n $APP ]]; then cp -a "$APP" "$WORK/app"; else mkdir "$WORK/app" && cp -a "$SVC/target/$JAR" "$WORK/app/"; fi
TOKEN=$(./suite token --role hr-admin --sub footprint --hours 1)
TICK=$(getconf CLK_TCK)
BASE=http://127.0.0.1:$PORT

cpu_ms() { awk -v t="$TICK" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$1/stat"; }
rss_mib() { awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$1/status"; }

# Runs java from the copy's directory, so that an archive's relative class path matches every time.
launch() {
    (cd "$WORK/app" && exec env PORT="$PORT" QUARKUS_HTTP_PORT="$PORT" DB_NAME="$DB" JWT_PUBLIC_KEY_LOCATION="$KEYS/trusted.jwks" \
        SERVICE_TOKEN_KEY_LOCATION="$KEYS/services/$SVC.pem" CURSOR_SECRET="$(openssl rand -hex 32)" \
        SKILLS_SERVICE_URL=http://127.0.0.1:1 COACHING_SERVICE_URL=http://127.0.0.1:1 \
        SECONDMENT_SERVICE_URL=http://127.0.0.1:1 MALLOC_ARENA_MAX=2 \
        "$JAVA" "${OPTS[@]}" "$@" -jar "$JAR") >"$WORK/service.log" 2>&1 </dev/null &
    PID=$!
}

await_ready() {
    until curl -fs -o /dev/null --max-time 1 "$BASE/q/health/ready"; do
        kill -0 "$PID" 2>/dev/null || { tail -n 20 "$WORK/service.log" >&2; exit 1; }
        sleep 0.01
    done
}

stop() {
    kill -TERM "$PID"
    wait "$PID" 2>/dev/null || true
    PID=""
}

# Each curl sends every URL in turn on one connection, writing one status a line.
load() {
    local urls=() args=() url end
    case ${URL:+one}$SVC in
    one*) for _ in $(seq 1 20); do urls+=("$URL"); done ;;
    skills-service)
        urls=("/skills?limit=50" "/people?limit=50")
        for url in $(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/skills?limit=10" |
            grep -o '"code":"[^"]*"' | cut -d'"' -f4); do urls+=("/skills/$url"); done
        for url in $(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/people?limit=5" |
            grep -o '"employeeId":"[^"]*"' | cut -d'"' -f4); do urls+=("/people/$url/profile"); done
        ;;
    coaching-service) urls=("/coaching-sessions?limit=50" "/coaches?limit=50") ;;
    secondment-service) urls=("/placements?limit=50" "/opportunities?limit=50") ;;
    esac
    for url in "${urls[@]}"; do args+=(-o /dev/null "$BASE$url"); done
    end=$((SECONDS + LOAD))
    for w in 1 2 3 4; do
        while ((SECONDS < end)); do
            for _ in 1 2 3 4 5; do
                curl -s -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' "${args[@]}"
            done
        done >"$WORK/statuses.$w" &
    done
    wait $(jobs -p | grep -vx "$PID")
}

if ((CDS)); then
    if (($("$JAVA" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p') >= 25)); then
        cache=app.aot write=(-XX:AOTCacheOutput=app.aot -Xlog:aot*=error) use=(-XX:AOTCache=app.aot -Xlog:aot*=error)
    else
        cache=app-cds.jsa write=(-XX:ArchiveClassesAtExit=app-cds.jsa -Xlog:cds=off) use=(-XX:SharedArchiveFile=app-cds.jsa)
    fi
    t0=$(date +%s%3N)
    launch "${write[@]}"
    await_ready
    LOAD=5 load
    t1=$(date +%s%3N)
    stop
    t2=$(date +%s%3N)
    echo "Class cache $cache: $(($(stat -c %s "$WORK/app/$cache") / 1048576)) MiB, written in $((t2 - t1)) ms" \
        "at the stop of a $((t1 - t0)) ms training start"
    OPTS+=("${use[@]}")
fi

echo "$SVC, $DB, ${OPTS[*]}"
printf '%-4s %9s %11s %9s %9s %8s %7s %10s\n' run ready_ms cpu_ready_ms rss_ready rss_load requests non200 cpu_ms/req
results=()
for ((run = 1; run <= RUNS; run++)); do
    start=$(date +%s%3N)
    launch
    await_ready
    ready=$(($(date +%s%3N) - start))
    cpu_ready=$(cpu_ms "$PID")
    rss_ready=$(rss_mib "$PID")
    cpu0=$(cpu_ms "$PID")
    load
    cpu=$(($(cpu_ms "$PID") - cpu0))
    requests=$(cat "$WORK"/statuses.* | wc -l)
    non200=$(cat "$WORK"/statuses.* | grep -cvx 200 || true)
    sleep 1
    rss_load=$(rss_mib "$PID")
    stop
    per=$(awk -v c="$cpu" -v r="$requests" 'BEGIN { printf "%.2f", r ? c / r : 0 }')
    printf '%-4s %9s %11s %9s %9s %8s %7s %10s\n' "$run" "$ready" "$cpu_ready" "$rss_ready" "$rss_load" \
        "$requests" "$non200" "$per"
    results+=("$ready $cpu_ready $rss_ready $rss_load $requests $non200 $per")
done
medians=()
for ((column = 1; column <= 7; column++)); do
    medians+=("$(printf '%s\n' "${results[@]}" | awk -v c="$column" '{ print $c }' | sort -g |
        awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')")
done
printf '%-4s %9s %11s %9s %9s %8s %7s %10s\n' median "${medians[@]}"
