#!/usr/bin/env bash
# Ready time of one service started alone: the broker and PostgreSQL run already (started here, in a
# scratch directory), the service is started RUNS times (default 5) and each time the seconds from
# launch until /q/health/ready answers 200 are printed, then their median, and the warnings it logged.
#   deploy/local/startup-time.sh catalog-service|assessment-service     (needs the packaged service)
# The first run of catalog-service also imports the default catalogue into the empty database.
set -euo pipefail
cd "$(dirname "$0")/../.."
service=${1:?catalog-service or assessment-service}
runs="${RUNS:-5}"
kafka_port="${BENCH_KAFKA_PORT:-19492}"
postgres_port="${BENCH_POSTGRES_PORT:-15833}"
http_port="${BENCH_HTTP_PORT:-18481}"
broker_jar=deploy/kafka-broker/target/kafka-broker-0.1.0-SNAPSHOT.jar
postgres_jar=deploy/postgres/target/postgres-0.1.0-SNAPSHOT.jar
service_jar=$service/target/quarkus-app/quarkus-run.jar
for jar in "$broker_jar" "$postgres_jar" "$service_jar"; do
  [[ -f $jar ]] || { echo "missing $jar: ./mvnw -pl $service,deploy/kafka-broker,deploy/postgres -am package -DskipTests" >&2; exit 1; }
done

scratch=$(mktemp -d)
pids=()
stop() {
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill -TERM "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
  [[ -n ${KEEP_SCRATCH:-} ]] || rm -rf "$scratch"
}
trap stop EXIT
await() { # what probe-command
  local deadline=$((SECONDS + 300))
  until eval "$2" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || { echo "$1 did not start:" >&2; for log in "$scratch"/*.log; do echo "== $log"; tail -n 20 "$log"; done >&2; exit 1; }
    sleep 0.05
  done
}

KAFKA_PORT=$kafka_port KAFKA_DATA_DIR="$scratch/kafka" java -Xmx256m -jar "$broker_jar" >"$scratch/kafka.log" 2>&1 &
pids+=($!)
POSTGRES_PORT=$postgres_port POSTGRES_DATA_DIR="$scratch/postgres" java -Xmx64m -jar "$postgres_jar" >"$scratch/postgres.log" 2>&1 &
pids+=($!)
await kafka "grep -q 'Kafka broker ready' '$scratch/kafka.log'"
await postgres "grep -q 'PostgreSQL ready' '$scratch/postgres.log'"

if curl -fsS "http://127.0.0.1:$http_port/q/health/ready" >/dev/null 2>&1; then
  echo "something answers on port $http_port already; set BENCH_HTTP_PORT" >&2
  exit 1
fi
export PATHFINDER_JWT_PUBLIC_KEY="$PWD/deploy/local/dev-keys/public-key.pem"
times=()
for ((run = 1; run <= runs; run++)); do
  start=$(date +%s.%N)
  # shellcheck disable=SC2086 # the options are words
  KAFKA_BOOTSTRAP_SERVERS="localhost:$kafka_port" PATHFINDER_PG_URL="jdbc:postgresql://localhost:$postgres_port/postgres" \
    QUARKUS_HTTP_PORT=$http_port java ${SERVICE_JAVA_OPTS:-} -jar "$service_jar" >"$scratch/service-$run.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  await "$service" "curl -fsS http://127.0.0.1:$http_port/q/health/ready"
  times+=("$(echo "$(date +%s.%N) - $start" | bc)")
  kill -TERM "$pid"
  wait "$pid" || true
  unset 'pids[-1]'
  printf 'run %d: ready in %.2f s (Quarkus: %s)\n' "$run" "${times[-1]}" \
    "$(grep -o 'started in [^ ]*' "$scratch/service-$run.log" || echo '?')"
done
printf 'median: %.2f s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")"
echo "warnings logged at start (run $runs):"
grep -E ' (WARN|ERROR) ' "$scratch/service-$runs.log" | sed -E 's/^[0-9-]+ [0-9:,]+ //' | sort | uniq -c || echo "  none"
