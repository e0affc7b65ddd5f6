#!/usr/bin/env bash
# Ready time of one service started alone: the broker and PostgreSQL run already (started here, in a
# scratch directory), the service is started RUNS times (default 5) and each time the seconds from
# launch until /q/health/ready answers 200 are printed with the CPU the process used until then, then their
# medians, and the warnings it logged.
#   deploy/local/startup-time.sh catalog-service|assessment-service     (needs the packaged service)
# The service runs with its own JVM options (<module>/jvm.options) and its class data archive (an AOT cache when
# java is JDK 25 or later; deploy/local/stack.sh): a first start, not counted, writes the archive (unless the
# build has a fresh one); then one more, not counted either, so that every counted start meets a warm database
# (for catalog-service, the default catalogue imported) and warm file caches.
# The assessment service is ready once it holds the catalogue from the topic, so for it the catalogue service runs
# once first. SERVICE_JAVA_OPTS adds JVM options to the counted starts.
set -euo pipefail
cd "$(dirname "$0")/../.."
service=${1:?catalog-service or assessment-service}
runs="${RUNS:-5}"
kafka_port="${BENCH_KAFKA_PORT:-19492}"
postgres_port="${BENCH_POSTGRES_PORT:-15833}"
http_port="${BENCH_HTTP_PORT:-18481}"
service_jar=$service/target/quarkus-app/quarkus-run.jar
# shellcheck source=deploy/local/stack.sh
source deploy/local/stack.sh
catalog_jar=catalog-service/target/quarkus-app/quarkus-run.jar
for jar in "$broker_jar" "$postgres_jar" "$service_jar" "$catalog_jar"; do
  [[ -f $jar ]] || { echo "missing $jar: ./mvnw -pl $service,deploy/kafka-broker,deploy/postgres -am package -DskipTests" >&2; exit 1; }
done

scratch=$(mktemp -d)
logs=$scratch
trap 'stop_stack; [[ -n ${KEEP_SCRATCH:-} ]] || rm -rf "$scratch"' EXIT
start_broker "$kafka_port" "$scratch/kafka"
start_postgres "$postgres_port" "$scratch/postgres"

if [[ $service == assessment-service ]]; then
  start_service catalog "$catalog_jar" "$http_port"
  await catalog "ready $http_port" "${pids[-1]}"
  stop_last
fi
if curl -fsS "http://127.0.0.1:$http_port/q/health/ready" >/dev/null 2>&1; then
  echo "something answers on port $http_port already; set BENCH_HTTP_PORT" >&2
  exit 1
fi
train_class_archive "$service_jar" "$http_port"
start_service warm-up "$service_jar" "$http_port"
await warm-up "ready $http_port" "${pids[-1]}"
stop_last
times=() cpus=()
for ((run = 1; run <= runs; run++)); do
  start=$(date +%s.%N)
  # shellcheck disable=SC2086 # the options are words
  start_service "service-$run" "$service_jar" "$http_port" ${SERVICE_JAVA_OPTS:-}
  pid=${pids[-1]}
  await "service-$run" "ready $http_port" "$pid"
  times+=("$(echo "$(date +%s.%N) - $start" | bc)")
  # the CPU it used until then, user and system, on all its threads (the JIT compilers' too)
  cpus+=("$(awk -v tick="$(getconf CLK_TCK)" '{ print ($14 + $15) / tick }' "/proc/$pid/stat")")
  stop_last
  printf 'run %d: ready in %.2f s, %.2f s of CPU (Quarkus: %s)\n' "$run" "${times[-1]}" "${cpus[-1]}" \
    "$(grep -o 'started in [^ ]*' "$scratch/service-$run.log" || echo '?')"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
printf 'median: %.2f s, %.2f s of CPU\n' "$(median "${times[@]}")" "$(median "${cpus[@]}")"
echo "warnings logged at start (run $runs):"
grep -E ' (WARN|ERROR) |^WARNING:|\[warning\]' "$scratch/service-$runs.log" | sed -E 's/^[0-9-]+ [0-9:,]+ //' | sort | uniq -c || echo "  none"
