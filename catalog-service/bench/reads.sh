#!/usr/bin/env bash
# Catalogue reads against nginx serving the same bytes from files, in one run: wrk (2 threads,
# 16 connections) on a role and on the export, plain and gzip, then the service's resident memory
# under that load and its native memory summary (NMT).
#   catalog-service/bench/reads.sh     needs a packaged service, wrk and nginx (Debian: apt-get install nginx wrk)
# Starts its own broker, PostgreSQL, service and nginx on loopback ports (BENCH_* below) in a scratch
# directory and stops them at the end. The service runs with its own JVM options (catalog-service/jvm.options) and
# its class data archive (written by a first start unless the build has one); CATALOG_JAVA_OPTS adds to them.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${BENCH_SECONDS:-15}"
kafka_port="${BENCH_KAFKA_PORT:-19392}"
postgres_port="${BENCH_POSTGRES_PORT:-15733}"
catalog_port="${BENCH_CATALOG_PORT:-18381}"
nginx_port="${BENCH_NGINX_PORT:-18380}"
role=/roles/mlops-engineer
export_path=/catalog/export
catalog_jar=catalog-service/target/quarkus-app/quarkus-run.jar
# shellcheck source=deploy/local/stack.sh
source deploy/local/stack.sh
for jar in "$broker_jar" "$postgres_jar" "$catalog_jar"; do
  [[ -f $jar ]] || { echo "missing $jar: ./mvnw -pl catalog-service,deploy/kafka-broker,deploy/postgres -am package -DskipTests" >&2; exit 1; }
done

scratch=$(mktemp -d)
chmod 755 "$scratch" # nginx's worker, run by root, reads the files as nobody
logs=$scratch
trap 'stop_stack; rm -rf "$scratch"' EXIT
start_broker "$kafka_port" "$scratch/kafka"
start_postgres "$postgres_port" "$scratch/postgres"

# Quotas above the load: what is measured is reading, not the rate limiter refusing.
export PATHFINDER_RATE_LIMIT_PUBLIC_READS_PER_MINUTE=100000000
train_class_archive "$catalog_jar" "$catalog_port"
# shellcheck disable=SC2086 # the options are words
start_service catalog "$catalog_jar" "$catalog_port" ${CATALOG_JAVA_OPTS:-} -XX:NativeMemoryTracking=summary
catalog_pid=${pids[-1]}
service="http://127.0.0.1:$catalog_port"
await catalog "ready $catalog_port" "$catalog_pid"

# The same bytes as files: nginx sends them with its own ETag, and the .gz twin on Accept-Encoding: gzip.
mkdir -p "$scratch/www/roles" "$scratch/www/catalog" "$scratch/nginx"
for path in $role $export_path; do
  curl -fsS "$service$path" -o "$scratch/www$path"
  gzip -k -6 "$scratch/www$path"
done
cat >"$scratch/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $scratch/nginx/nginx.pid;
error_log $scratch/nginx.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $scratch/nginx;
  proxy_temp_path $scratch/nginx;
  fastcgi_temp_path $scratch/nginx;
  uwsgi_temp_path $scratch/nginx;
  scgi_temp_path $scratch/nginx;
  default_type application/json;
  gzip_static on;
  server { listen 127.0.0.1:$nginx_port; root $scratch/www; }
}
CONF
nginx -e "$scratch/nginx.log" -c "$scratch/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
await nginx "curl -fsS http://127.0.0.1:$nginx_port$role" "$!"

rate() { # url [header]: requests per second
  wrk -t2 -c16 -d"${seconds}s" ${2:+-H "$2"} "$1" | awk '/^Requests\/sec/ {print $2}'
}
rss() { awk -v field="$1:" '$1 == field {printf "%d", $2 / 1024}' "/proc/$catalog_pid/status"; }

echo "warm-up ($seconds s per endpoint)"
for path in $role $export_path; do
  rate "$service$path" >/dev/null
  rate "$service$path" "Accept-Encoding: gzip" >/dev/null
done
printf '%-26s %12s %12s %7s\n' "endpoint" "nginx req/s" "service" "ratio"
for path in $role $export_path; do
  for encoding in identity gzip; do
    header="Accept-Encoding: $encoding"
    [[ $encoding == identity ]] && header=""
    reference=$(rate "http://127.0.0.1:$nginx_port$path" "$header")
    measured=$(rate "$service$path" "$header")
    printf '%-26s %12.0f %12.0f %6.0f%%\n' "$path $encoding" "$reference" "$measured" "$(echo "100 * $measured / $reference" | bc -l)"
  done
done
echo "catalog-service resident memory: $(rss VmRSS) MB now, $(rss VmHWM) MB at its highest (under the load)"
jcmd "$catalog_pid" VM.native_memory summary | grep -E '^(Total|-)' | sed -E 's/\(malloc=.*//'
