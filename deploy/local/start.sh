#!/usr/bin/env bash
# Runs Pathfinder locally: a real Kafka broker (KRaft), a real PostgreSQL and both services.
# Builds what is missing, prints the URLs, and stops everything on Ctrl-C. All data lives in .data/.
# CATALOG_INSTANCES=N and ASSESSMENT_INSTANCES=N start N instances of a service (default 1), instance i
# (from 0) on its base port + 100*i: catalogue 8081, 8181, ...; assessment 8082, 8182, ...
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
broker_jar=deploy/kafka-broker/target/kafka-broker-0.1.0-SNAPSHOT.jar
postgres_jar=deploy/postgres/target/postgres-0.1.0-SNAPSHOT.jar
catalog_jar=catalog-service/target/quarkus-app/quarkus-run.jar
assessment_jar=assessment-service/target/quarkus-app/quarkus-run.jar

if [[ ! -f $broker_jar || ! -f $postgres_jar || ! -f $catalog_jar || ! -f $assessment_jar ]]; then
  echo "Building Pathfinder (first run only)..."
  ./mvnw -B -q install -DskipTests
fi

mkdir -p "$data/logs"
pids=()
stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping Pathfinder..."
  # Services first, so they stop consuming before the broker and the database go away.
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill -TERM "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
  echo "Stopped."
}
trap 'stop; exit 0' INT TERM
trap stop EXIT

await() { # name probe-command pid
  local name=$1 probe=$2 pid=$3 deadline=$((SECONDS + 120))
  until eval "$probe" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited; see $data/logs/$name.log" >&2
      exit 1
    fi
    if ((SECONDS > deadline)); then
      echo "$name did not become ready in 120 s; see $data/logs/$name.log" >&2
      exit 1
    fi
    sleep 0.5
  done
}
ready() ( # port: the readiness endpoint answers 200 (plain bash, so nothing but a JDK is needed)
  exec 3<>"/dev/tcp/127.0.0.1/$1"
  printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  reply=$(cat <&3)
  [[ $reply == "HTTP/1."?" 200"* ]]
)

KAFKA_PORT=$kafka_port KAFKA_DATA_DIR="$data/kafka" \
  java -Xmx256m -jar "$broker_jar" >"$data/logs/kafka.log" 2>&1 &
pids+=($!)
await kafka "grep -q 'Kafka broker ready' '$data/logs/kafka.log'" "${pids[-1]}"

POSTGRES_PORT=$postgres_port POSTGRES_DATA_DIR="$data/postgres" \
  java -Xmx64m -jar "$postgres_jar" >"$data/logs/postgres.log" 2>&1 &
pids+=($!)
await postgres "grep -q 'PostgreSQL ready' '$data/logs/postgres.log'" "${pids[-1]}"

export KAFKA_BOOTSTRAP_SERVERS="localhost:$kafka_port" PATHFINDER_PG_URL="jdbc:postgresql://localhost:$postgres_port/postgres"
export PATHFINDER_JWT_PUBLIC_KEY="$root/deploy/local/dev-keys/public-key.pem"
services=() # name port pid, per instance
start_instances() { # service jar base-port count
  local service=$1 jar=$2 base=$3 count=$4 i name port
  for ((i = 0; i < count; i++)); do
    name=$service
    ((i == 0)) || name="$service-$((i + 1))"
    port=$((base + 100 * i))
    QUARKUS_HTTP_PORT=$port java -Xmx256m -jar "$jar" >"$data/logs/$name.log" 2>&1 &
    pids+=($!)
    services+=("$name $port $!")
  done
}
start_instances catalog "$catalog_jar" "$catalog_port" "$catalog_instances"
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

Pathfinder is running (data in $data, logs in $data/logs).
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
echo "A process stopped unexpectedly; see $data/logs." >&2
exit 1
