#!/usr/bin/env bash
# The local stack: a Kafka KRaft broker, PostgreSQL and Redis as plain local processes (no Docker).
#   stack.sh up|down|status [dev|test]
# Each stack has its own ports and data directory under .local/<stack>/ so `make test` never touches the
# stack of `make run`. Ports come from the environment (defaults below). Idempotent: `up` on a running stack
# only checks readiness and the topics; `down` on a stopped stack does nothing.
set -euo pipefail

cmd=${1:-status}
stack=${2:-${STACK:-dev}}
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/infra/local"

case "$stack" in
  dev)  : "${KAFKA_PORT:=9092}"  "${KAFKA_CONTROLLER_PORT:=9093}"  "${PG_PORT:=5432}"  "${REDIS_PORT:=6379}" ;;
  test) : "${KAFKA_PORT:=19092}" "${KAFKA_CONTROLLER_PORT:=19093}" "${PG_PORT:=15432}" "${REDIS_PORT:=16379}" ;;
  *) echo "unknown stack '$stack' (dev or test)" >&2; exit 2 ;;
esac

data="$root/.local/$stack"
logs="$data/logs"
mkdir -p "$logs"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
PG_USER=peripheral
PG_DB=peripheral

log() { echo "[stack:$stack] $*"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() { # name port seconds
  local deadline=$((SECONDS + $3))
  until port_open "$2"; do
    if [ $SECONDS -ge $deadline ]; then log "$1 did not open port $2 within $3 s"; return 1; fi
    sleep 0.2
  done
}

# A server of a stack that is still shutting down holds its port for a few seconds: wait before giving up.
wait_port_free() { # name port
  local deadline=$((SECONDS + 30))
  while port_open "$2"; do
    if [ $SECONDS -ge $deadline ]; then log "port $2 for $1 is taken by another process; set its port variable"; return 1; fi
    sleep 0.5
  done
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# PostgreSQL refuses to run as root: the server runs as the postgres user on a data directory it owns. If the
# project directory is not reachable by that user (a home directory with mode 700), the data goes to /var/tmp.
pg_data_dir() {
  local dir="$data/pg"
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$data" 2>/dev/null; then
    dir="/var/tmp/peripheral-$(echo "$root" | md5sum | cut -c1-8)/$stack/pg"
  fi
  echo "$dir"
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

kafka_up() {
  local lib="$here/kafka/target/lib"
  if [ ! -f "$lib/kafka_2.13-${KAFKA_VERSION:-4.1.2}.jar" ]; then
    log "fetching the Kafka broker from Maven Central"
    mvn -q -f "$here/kafka/pom.xml" dependency:copy-dependencies -DoutputDirectory=target/lib
  fi
  local kdir="$data/kafka" pidf="$data/kafka.pid"
  if pid_alive "$pidf"; then log "kafka already running (pid $(cat "$pidf"))"; return 0; fi
  wait_port_free kafka "$KAFKA_PORT" || return 1
  mkdir -p "$kdir"
  cat > "$kdir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://localhost:$KAFKA_PORT,CONTROLLER://localhost:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$kdir/logs
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=6
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
message.max.bytes=8388608
log.retention.check.interval.ms=60000
PROPS
  local cp="$lib/*"
  local jvm=(-Xms256m -Xmx${KAFKA_HEAP:-1g} -XX:+UseG1GC "-Dlog4j2.configurationFile=$here/kafka/log4j2.yaml")
  if [ ! -f "$kdir/logs/meta.properties" ]; then
    local cluster_id
    cluster_id=$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    java "${jvm[@]}" -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$kdir/server.properties" >"$logs/kafka-format.log" 2>&1 \
      || { log "formatting Kafka storage failed, see $logs/kafka-format.log"; return 1; }
  fi
  nohup java "${jvm[@]}" -cp "$cp" kafka.Kafka "$kdir/server.properties" >"$logs/kafka.log" 2>&1 &
  echo $! >"$pidf"
  wait_port kafka "$KAFKA_PORT" 90 || { tail -n 30 "$logs/kafka.log"; return 1; }
  log "kafka up on localhost:$KAFKA_PORT (pid $(cat "$pidf"))"
}

postgres_up() {
  [ -n "$pg_bin" ] || { log "PostgreSQL binaries not found: run infra/local/deps.sh"; return 1; }
  local pgdata
  pgdata=$(pg_data_dir)
  if [ -f "$pgdata/postmaster.pid" ] && as_pg "$pg_bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    log "postgres already running on port $PG_PORT"; return 0
  fi
  wait_port_free postgres "$PG_PORT" || return 1
  mkdir -p "$pgdata"
  # only the data directory: the stack directory also holds the live broker's files, which a recursive chown would
  # race with (a file deleted under it fails the chown)
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$pgdata"; chmod 700 "$pgdata"; fi
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    as_pg "$pg_bin/initdb" -D "$pgdata" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 >"$logs/pg-initdb.log" 2>&1 \
      || as_pg "$pg_bin/initdb" -D "$pgdata" -U "$PG_USER" --auth=trust -E UTF8 >"$logs/pg-initdb.log" 2>&1 \
      || { log "initdb failed, see $logs/pg-initdb.log"; return 1; }
  fi
  # TCP only (no unix socket): two stacks never share a socket path, and long paths are no problem.
  as_pg "$pg_bin/pg_ctl" -D "$pgdata" -w -t 60 -l "$pgdata/server.log" \
    -o "-p $PG_PORT -c listen_addresses=localhost -c unix_socket_directories='' -c max_connections=200 -c fsync=${PG_FSYNC:-on}" start >/dev/null \
    || { tail -n 30 "$pgdata/server.log"; return 1; }
  if ! psql -h localhost -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc "select 1 from pg_database where datname='$PG_DB'" | grep -q 1; then
    psql -h localhost -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "create database $PG_DB" >/dev/null
  fi
  log "postgres up on localhost:$PG_PORT (database $PG_DB, user $PG_USER, data $pgdata)"
}

redis_up() {
  command -v redis-server >/dev/null || { log "redis-server not found: run infra/local/deps.sh"; return 1; }
  local pidf="$data/redis.pid"
  if pid_alive "$pidf"; then log "redis already running on port $REDIS_PORT"; return 0; fi
  mkdir -p "$data/redis"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$data/redis" --daemonize yes --pidfile "$pidf" \
    --logfile "$logs/redis.log" --save '' --appendonly no >/dev/null
  wait_port redis "$REDIS_PORT" 20
  log "redis up on localhost:$REDIS_PORT"
}

stop_pid() { # name pidfile
  if pid_alive "$2"; then
    local pid; pid=$(cat "$2")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    log "$1 stopped"
  fi
  rm -f "$2"
}

case "$cmd" in
  up)
    "$here/deps.sh"
    kafka_up
    postgres_up
    redis_up
    "$here/topics.sh" "localhost:$KAFKA_PORT" >"$logs/topics.log" 2>&1 || { cat "$logs/topics.log"; exit 1; }
    log "$(tail -n 1 "$logs/topics.log")"
    ;;
  down)
    stop_pid kafka "$data/kafka.pid"
    pgdata=$(pg_data_dir)
    if [ -n "$pg_bin" ] && [ -f "$pgdata/postmaster.pid" ]; then
      as_pg "$pg_bin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 && log "postgres stopped" || true
    fi
    if pid_alive "$data/redis.pid"; then
      stop_pid redis "$data/redis.pid"
    fi
    ;;
  status)
    pid_alive "$data/kafka.pid" && echo "kafka: up (localhost:$KAFKA_PORT)" || echo "kafka: down"
    pgdata=$(pg_data_dir)
    [ -n "$pg_bin" ] && as_pg "$pg_bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1 && echo "postgres: up (localhost:$PG_PORT)" || echo "postgres: down"
    pid_alive "$data/redis.pid" && echo "redis: up (localhost:$REDIS_PORT)" || echo "redis: down"
    ;;
  pg-stop)  # used by the outage tests: stop only PostgreSQL
    as_pg "$pg_bin/pg_ctl" -D "$(pg_data_dir)" -m fast -w stop >/dev/null ;;
  pg-start)
    as_pg "$pg_bin/pg_ctl" -D "$(pg_data_dir)" -w -t 60 -l "$(pg_data_dir)/server.log" \
      -o "-p $PG_PORT -c listen_addresses=localhost -c unix_socket_directories='' -c max_connections=200" start >/dev/null ;;
  *) echo "usage: stack.sh up|down|status|pg-stop|pg-start [dev|test]" >&2; exit 2 ;;
esac
