#!/usr/bin/env bash
# The benchmark behind `./suite bench`: a PostgreSQL cluster of its own with a large data set (loaded once, kept as
# template databases and copied fresh for every run, so writes of one run never skew the next), the three services
# started as in production against it, and bench/LoadGenerator.java, which measures each endpoint against the
# ceiling of its own SQL replayed with pgbench and writes bench/report.{md,json} and bench/latency.svg.
# Run it through `./suite bench`, which makes the keys and builds the services first.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd -P)

BENCH_SCALE=${BENCH_SCALE:-1.0}
LOAD_ONLY=0
while (($#)); do
    case $1 in
    --load-only)
        LOAD_ONLY=1
        shift
        ;;
    --scale)
        [[ $# -ge 2 ]] || { echo "bench: --scale needs a value, e.g. --scale 0.05" >&2; exit 1; }
        BENCH_SCALE=$2
        shift 2
        ;;
    *) echo "bench: unknown option '$1' (bench.sh [--scale 0.05] [--load-only])" >&2; exit 1 ;;
    esac
done
[[ $BENCH_SCALE =~ ^[0-9]*\.?[0-9]+$ ]] && awk "BEGIN { exit !($BENCH_SCALE > 0 && $BENCH_SCALE <= 4) }" ||
    { echo "bench: the scale must be a number above 0 and at most 4, e.g. 0.05 or 1 (got '$BENCH_SCALE')" >&2; exit 1; }
# One spelling per scale (1.0 and 1 are the same data set).
BENCH_SCALE=$(awk "BEGIN { print $BENCH_SCALE + 0 }")

PG_PORT=${BENCH_PG_PORT:-5440}
STATE=$ROOT/.suite/bench
PGDATA=$STATE/pg
PGLOG=$STATE/postgres.log
OUT=$ROOT/bench/out
KEYS=$ROOT/.suite/keys
SERVICES=(skills-service coaching-service secondment-service)
declare -A PORTS=([skills-service]=9081 [coaching-service]=9082 [secondment-service]=9083)
declare -A DBS=([skills-service]=skills [coaching-service]=coaching [secondment-service]=secondment)
# The same JVM as `./suite up`: the suite exports its options; run alone, this reads them from the suite script.
if [[ -z ${SERVICE_JAVA_OPTS:-} ]]; then
    SERVICE_JAVA_OPTS=$(sed -n 's/^SERVICE_JAVA_OPTS=\${SERVICE_JAVA_OPTS:-\(.*\)}$/\1/p' suite)
fi
# The suite also names the JVM (a Java 25 when it found one); run alone, this uses the java on PATH.
SERVICE_JAVA=${SERVICE_JAVA:-java}
SERVICE_JAVA_VERSION=$("$SERVICE_JAVA" -version 2>&1 | sed -n 's/.*(build \([^,)]*\).*/\1/p' | tail -n 1)
# Java 25 and newer: an AOT cache; older: an AppCDS archive. Both written by a training start, as by ./suite up.
if (($("$SERVICE_JAVA" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p') >= 25)); then
    CACHE_NAME=app.aot CACHE_WRITE=-XX:AOTCacheOutput CACHE_USE=-XX:AOTCache CACHE_LOG=-Xlog:aot*=error
else
    CACHE_NAME=app-cds.jsa CACHE_WRITE=-XX:ArchiveClassesAtExit CACHE_USE=-XX:SharedArchiveFile CACHE_LOG=-Xlog:cds=off
fi
READY_WAIT_SECONDS=120
# The settings of the shared development server (autovacuum off, defaults otherwise), plus statement statistics;
# the log prefix names the database, which the SQL capture of LoadGenerator.java reads.
PG_SETTINGS="listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = ''
autovacuum = off
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
pg_stat_statements.max = 5000
lc_messages = 'C'
log_line_prefix = '%m|%p|%d|'"

info() { printf 'bench: %s\n' "$*"; }
die() {
    printf 'bench: %s\n' "$*" >&2
    exit 1
}

# PostgreSQL refuses to run as root: as root, its programs run as the postgres account, which owns the data.
as_pg() {
    if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -x $dir/initdb ]] || die "No PostgreSQL server programs under /usr/lib/postgresql: install PostgreSQL 15 (apt-get install postgresql postgresql-contrib)."
    printf '%s' "$dir"
}

PG_BIN=$(pg_bin)
command -v pgbench >/dev/null || die "pgbench is missing: install PostgreSQL's client programs (apt-get install postgresql-client)."

admin() { PGOPTIONS="-c client_min_messages=warning" psql -X -w -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
admin_value() { admin -At "$@"; }

start_cluster() {
    mkdir -p "$STATE"
    if [[ ! -f $PGDATA/PG_VERSION ]]; then
        info "Creating the bench's PostgreSQL cluster in $PGDATA (port $PG_PORT)..."
        mkdir -p "$PGDATA"
        ((EUID == 0)) && chown postgres:postgres "$PGDATA" && touch "$PGLOG" && chown postgres:postgres "$PGLOG"
        chmod 700 "$PGDATA"
        as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        printf '%s\n' "$PG_SETTINGS" | as_pg tee -a "$PGDATA/postgresql.conf" >/dev/null
    fi
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
        info "Starting the bench's PostgreSQL on port $PG_PORT (log: $PGLOG)..."
        as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGLOG" -w start >/dev/null ||
            die "The bench's PostgreSQL did not start: see $PGLOG."
    fi
    admin -d postgres <<'SQL'
SELECT 'CREATE ROLE suite LOGIN PASSWORD ''suite''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'suite') \gexec
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
SQL
}

stop_cluster() {
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
}

db_exists() { [[ $(admin_value -d postgres -c "select 1 from pg_database where datname = '$1'") == 1 ]]; }

recreate_db() {
    local db=$1 template=${2:-template0}
    admin -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\" OWNER suite TEMPLATE \"$template\""
}

# What a data set is: its scale and the scripts that loaded it, so a change to bench/sql/ loads it again.
DATASET="$BENCH_SCALE $(cat bench/sql/*.sql | sha256sum | cut -c1-16)"

# The data set a template was loaded with, or nothing. One loaded over two weeks ago counts as nothing: its sessions
# and placements lie around the day it was loaded, and coaching-service trusts its copy of the register for 30 days.
loaded_dataset() {
    db_exists "$1_loaded" || return 0
    admin_value -d "$1_loaded" -c "select dataset from bench_dataset where loaded_at > now() - interval '14 days'" \
        2>/dev/null || true
}

# ------------------------------------------------------------------ services

declare -A PIDS=()

# start_service SERVICE [JVM OPTION...]: the options come after the production ones (the class cache).
start_service() {
    local svc=$1 port=${PORTS[$1]} log=$OUT/$1.log
    shift
    DB_HOST=127.0.0.1 DB_PORT=$PG_PORT DB_USER=suite DB_PASSWORD=suite QUARKUS_HTTP_PORT=$port \
        JWT_PUBLIC_KEY_LOCATION="$KEYS/trusted.jwks" SERVICE_TOKEN_KEY_LOCATION="$KEYS/services/$svc.pem" \
        CURSOR_SECRET="$(<"$KEYS/cursor-secret")" \
        SKILLS_SERVICE_URL="http://127.0.0.1:${PORTS[skills-service]}" \
        COACHING_SERVICE_URL="http://127.0.0.1:${PORTS[coaching-service]}" \
        MALLOC_ARENA_MAX=2 "$SERVICE_JAVA" $SERVICE_JAVA_OPTS "$@" -jar "$STATE/app/$svc/$svc-runner.jar" >"$log" 2>&1 </dev/null &
    PIDS[$svc]=$!
}

# Milliseconds from the process start to its first 200 from readiness, polled every 20 ms.
wait_ready() {
    local svc=$1 started=$2 port=${PORTS[$1]} deadline
    deadline=$((started + READY_WAIT_SECONDS * 1000))
    while (($(date +%s%3N) < deadline)); do
        if curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then
            printf '%s' $(($(date +%s%3N) - started))
            return 0
        fi
        kill -0 "${PIDS[$svc]}" 2>/dev/null || { tail -n 20 "$OUT/$svc.log" >&2; die "$svc stopped during startup: see $OUT/$svc.log."; }
        sleep 0.02
    done
    tail -n 20 "$OUT/$svc.log" >&2
    die "$svc was not ready within ${READY_WAIT_SECONDS}s: see $OUT/$svc.log."
}

stop_services() {
    local svc pid
    for svc in "${!PIDS[@]}"; do
        pid=${PIDS[$svc]}
        kill -TERM "$pid" 2>/dev/null || continue
        # Writing a class cache takes a few seconds more; an exited child stays a zombie until reaped.
        for _ in $(seq 1 240); do [[ $(ps -o stat= -p "$pid" 2>/dev/null) == [^Z]* ]] || break; sleep 0.25; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        unset "PIDS[$svc]"
    done
}

cleanup() {
    stop_services
    stop_cluster
}

# ------------------------------------------------------------------ data

load_dataset() {
    local svc db started
    info "Loading the data set at scale $BENCH_SCALE (50 000 people, 1 000 000 pieces of evidence, 20 000 sessions and 10 000 placements at scale 1)..."
    for svc in "${SERVICES[@]}"; do
        db=${DBS[$svc]}
        admin -d postgres -c "DROP DATABASE IF EXISTS \"${db}_loaded\" WITH (FORCE)"
        recreate_db "$db"
    done
    admin -d skills -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'
    admin -d coaching -c 'CREATE EXTENSION IF NOT EXISTS btree_gist'
    info "Creating the schema: each service runs its Flyway migrations once..."
    for svc in "${SERVICES[@]}"; do
        started=$(date +%s%3N)
        start_service "$svc"
        wait_ready "$svc" "$started" >/dev/null
    done
    stop_services
    for svc in "${SERVICES[@]}"; do
        db=${DBS[$svc]}
        info "Loading $db..."
        local t0=$SECONDS
        admin -d "$db" -v scale="$BENCH_SCALE" -f "bench/sql/load-$db.sql"
        admin -d "$db" -c "CREATE TABLE bench_dataset (dataset text NOT NULL, loaded_at timestamptz NOT NULL DEFAULT now())" \
            -c "INSERT INTO bench_dataset (dataset) VALUES ('$DATASET')"
        info "  $db loaded in $((SECONDS - t0)) s."
    done
    info "VACUUM ANALYZE of the loaded databases..."
    for svc in "${SERVICES[@]}"; do
        db=${DBS[$svc]}
        admin -d "$db" -c 'VACUUM (ANALYZE)'
        admin -d postgres -c "CREATE DATABASE \"${db}_loaded\" OWNER suite TEMPLATE \"$db\""
    done
}

ensure_dataset() {
    local svc db reuse=1
    for svc in "${SERVICES[@]}"; do
        [[ $(loaded_dataset "${DBS[$svc]}") == "$DATASET" ]] || reuse=0
    done
    if ((reuse)); then
        info "Reusing the data set of scale $BENCH_SCALE (copying it fresh from the *_loaded template databases)..."
        for svc in "${SERVICES[@]}"; do
            db=${DBS[$svc]}
            recreate_db "$db" "${db}_loaded"
        done
    else
        load_dataset
    fi
    info "VACUUM ANALYZE before measuring..."
    for svc in "${SERVICES[@]}"; do admin -d "${DBS[$svc]}" -c 'VACUUM (ANALYZE)'; done
}

# ------------------------------------------------------------------ main

for svc in "${SERVICES[@]}"; do
    [[ -f $svc/target/$svc-runner.jar ]] ||
        die "$svc/target/$svc-runner.jar is missing: run ./suite bench, which builds it, or ./mvnw -DskipTests package."
done
[[ -f $KEYS/trusted.jwks && -f $KEYS/cursor-secret ]] || die "The local keys are missing: run ./suite bench, which makes them."
for svc in "${SERVICES[@]}"; do
    ! (exec 3<>"/dev/tcp/127.0.0.1/${PORTS[$svc]}") 2>/dev/null ||
        die "Port ${PORTS[$svc]} is in use: the bench runs $svc there; stop what holds it."
done

mkdir -p "$OUT" "$STATE/app"
# A copy of each build, so a build that runs meanwhile cannot change a service under measurement.
for svc in "${SERVICES[@]}"; do
    rm -rf "${STATE:?}/app/$svc"
    mkdir -p "$STATE/app/$svc"
    cp -a "$svc/target/$svc-runner.jar" "$STATE/app/$svc/"
done
trap cleanup EXIT
trap 'exit 143' INT TERM
start_cluster
ensure_dataset
if ((LOAD_ONLY)); then
    info "Data set of scale $BENCH_SCALE ready; --load-only, so nothing is measured."
    exit 0
fi

# As with `./suite up`, a service starts with the class cache its previous run wrote; the copy of the build is
# new, so a training start, stopped once ready, writes it first (a few seconds a service).
info "Training start of each service on $SERVICE_JAVA ($SERVICE_JAVA_VERSION): it writes its $CACHE_NAME when it stops..."
for svc in "${SERVICES[@]}"; do
    started=$(date +%s%3N)
    start_service "$svc" "$CACHE_WRITE=$STATE/app/$svc/$CACHE_NAME" "$CACHE_LOG"
    wait_ready "$svc" "$started" >/dev/null
    stop_services
    [[ -s $STATE/app/$svc/$CACHE_NAME ]] || die "$svc wrote no $CACHE_NAME: see $OUT/$svc.log."
    info "  $svc: trained and cached in $(($(date +%s%3N) - started)) ms."
done

info "Starting the services with production settings ($SERVICE_JAVA_OPTS and the cache), one at a time, timed..."
STARTUP=()
for svc in "${SERVICES[@]}"; do
    started=$(date +%s%3N)
    start_service "$svc" "$CACHE_USE=$STATE/app/$svc/$CACHE_NAME" "$CACHE_LOG"
    ms=$(wait_ready "$svc" "$started")
    info "  $svc answered after $ms ms (pid ${PIDS[$svc]})."
    STARTUP+=("$svc=$ms:${PIDS[$svc]}:${PORTS[$svc]}")
done

HR_TOKEN=$(./suite token --role hr-admin --sub bench-hr --hours 4)

java -Xmx512m bench/LoadGenerator.java suite \
    --root "$ROOT" --out "$OUT" --pg-port "$PG_PORT" --pg-log "$PGLOG" --scale "$BENCH_SCALE" \
    --token "$HR_TOKEN" --java-opts "Java $SERVICE_JAVA_VERSION: $SERVICE_JAVA_OPTS $CACHE_USE=<its training start's $CACHE_NAME>" \
    --seconds "${BENCH_SECONDS:-10}" \
    --warm-up "${BENCH_WARMUP_SECONDS:-20}" \
    --startup "$(IFS=,; echo "${STARTUP[*]}")"
