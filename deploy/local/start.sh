#!/usr/bin/env bash
# Runs Pathfinder locally: a real Kafka broker (KRaft), a real PostgreSQL and both services.
# Builds what is missing, prints the URLs, and stops everything on Ctrl-C. All data lives in .data/.
# CATALOG_INSTANCES=N and ASSESSMENT_INSTANCES=N start N instances of a service (default 1), instance i
# (from 0) on its base port + 100*i: catalogue 8081, 8181, ...; assessment 8082, 8182, ...
# JAVA_OPTS adds JVM options to every service instance, after its jvm.options (so a larger -Xmx wins), as the
# images do; the services read the rest of their configuration from the environment (deploy/OPERATIONS.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
data="${PATHFINDER_DATA_DIR:-$root/.data}"
kafka_port="${KAFKA_PORT:-9092}"
postgres_port="${POSTGRES_PORT:-5433}"
catalog_port="${CATALOG_PORT:-8081}"
assessment_port="${ASSESSMENT_PORT:-8082}"
catalog_instances="${CATALOG_INSTANCES:-1}"
assessment_instances="${ASSESSMENT_INSTANCES:-1}"
logs="$data/logs"
# shellcheck source=deploy/local/stack.sh
source deploy/local/stack.sh
catalog_jar=catalog-service/target/quarkus-app/quarkus-run.jar
assessment_jar=assessment-service/target/quarkus-app/quarkus-run.jar

if [[ ! -f $broker_jar || ! -f $postgres_jar || ! -f $catalog_jar || ! -f $assessment_jar ]]; then
  echo "Building Pathfinder (first run only)..."
  ./mvnw -B -q install -DskipTests
fi

mkdir -p "$logs"
stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping Pathfinder..."
  # Services first, so they stop consuming before the broker and the database go away.
  stop_stack
  echo "Stopped."
}
trap 'stop; exit 0' INT TERM
trap stop EXIT

start_broker "$kafka_port" "$data/kafka"
start_postgres "$postgres_port" "$data/postgres"

services=() # name port pid, per instance
start_instances() { # service jar base-port count
  local service=$1 jar=$2 base=$3 count=$4 i name port
  for ((i = 0; i < count; i++)); do
    name=$service
    ((i == 0)) || name="$service-$((i + 1))"
    port=$((base + 100 * i))
    # shellcheck disable=SC2086 # the options are words
    start_service "$name" "$jar" "$port" ${JAVA_OPTS:-}
    services+=("$name $port ${pids[-1]}")
  done
}
# The first start after a build writes each service's class data archive (about 15 s more); later starts use it.
train_class_archive "$catalog_jar" "$catalog_port"
start_instances catalog "$catalog_jar" "$catalog_port" "$catalog_instances"
if ! has_class_archive "$assessment_jar"; then
  # Its training start is ready only once it holds the catalogue from the topic, which the catalogue fills.
  read -r name port pid <<<"${services[0]}"
  await "$name" "ready $port" "$pid"
  train_class_archive "$assessment_jar" "$assessment_port"
fi
start_instances assessment "$assessment_jar" "$assessment_port" "$assessment_instances"
for service in "${services[@]}"; do
  read -r name port pid <<<"$service"
  await "$name" "ready $port" "$pid"
done
instance_urls() { # base-port count
  local i urls=()
  for ((i = 0; i < $2; i++)); do urls+=("http://localhost:$(($1 + 100 * i))"); done
  echo "${urls[*]}"
}

web_token=$(java deploy/local/MintToken.java tenant demo)
cat <<TXT

Pathfinder is running (data in $data, logs in $logs).
  Web client          http://localhost:$assessment_port/app/#token=$web_token
                      (the token in the link lasts an hour: mint another as below)
  Kafka broker        localhost:$kafka_port
  PostgreSQL          jdbc:postgresql://localhost:$postgres_port/postgres (user postgres; schemas catalog, assessment)
  Catalogue API       http://localhost:$catalog_port      Swagger UI http://localhost:$catalog_port/q/swagger-ui
  Assessment API      http://localhost:$assessment_port      Swagger UI http://localhost:$assessment_port/q/swagger-ui
  Instances           catalogue: $(instance_urls "$catalog_port" "$catalog_instances")
                      assessment: $(instance_urls "$assessment_port" "$assessment_instances")
  Health              http://localhost:$catalog_port/q/health   http://localhost:$assessment_port/q/health
Tokens (development key pair in deploy/local/dev-keys):
  java deploy/local/MintToken.java tenant acme    # for the assessment API
  java deploy/local/MintToken.java admin          # for catalogue writes
Press Ctrl-C to stop.
TXT
wait -n "${pids[@]}" || true
echo "A process stopped unexpectedly; see $logs." >&2
exit 1
