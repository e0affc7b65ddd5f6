# The processes of the local stack, for the scripts that start them (start.sh and the benchmarks): sourced, not run.
# Set $logs (one <name>.log per process) before starting anything; stop_stack stops, newest first, all that started.
broker_jar=deploy/kafka-broker/target/kafka-broker-0.1.0-SNAPSHOT.jar
postgres_jar=deploy/postgres/target/postgres-0.1.0-SNAPSHOT.jar
pids=()

stop_stack() {
  local i
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -TERM "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
  pids=()
}

stop_last() { # the process started last
  kill -TERM "${pids[-1]}" 2>/dev/null || true
  wait "${pids[-1]}" 2>/dev/null || true
  unset 'pids[-1]'
}

await() { # name probe-command pid: until the probe succeeds; fails, with the log's end, if the process exits or 300 s pass
  local name=$1 probe=$2 pid=$3 deadline=$((SECONDS + 300))
  until eval "$probe" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
      echo "$name did not become ready; the end of $logs/$name.log:" >&2
      tail -n 20 "$logs/$name.log" >&2
      exit 1
    fi
    sleep 0.05
  done
}

ready() ( # port: its /q/health/ready answers 200 (plain bash, so nothing but a JDK is needed)
  exec 3<>"/dev/tcp/127.0.0.1/$1"
  printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  reply=$(cat <&3)
  [[ $reply == "HTTP/1."?" 200"* ]]
)

start_broker() { # port data-dir
  KAFKA_PORT=$1 KAFKA_DATA_DIR=$2 java -Xmx256m -jar "$broker_jar" >"$logs/kafka.log" 2>&1 &
  pids+=($!)
  await kafka "grep -q 'Kafka broker ready' '$logs/kafka.log'" "$!"
}

start_postgres() { # port data-dir
  # 128 MB: unpacking the PostgreSQL binaries, on the first start on a machine, runs out of 64.
  POSTGRES_PORT=$1 POSTGRES_DATA_DIR=$2 java -Xmx128m -jar "$postgres_jar" >"$logs/postgres.log" 2>&1 &
  pids+=($!)
  await postgres "grep -q 'PostgreSQL ready' '$logs/postgres.log'" "$!"
}

start_service() { # name jar port [java options...]: a service on the broker at $kafka_port and the database at
  #                 $postgres_port, with the development key; not awaited, so that several start side by side.
  #                 The service's own JVM options (<module>/jvm.options) come first, then its class data archive
  #                 if train_class_archive made one for this build, then the options given here.
  local name=$1 jar=$2 port=$3 archive
  shift 3
  archive=$(class_archive "$jar")
  local options=("@$(jvm_options "$jar")")
  has_class_archive "$jar" && options+=("${archive_options[@]}" "$archive_read$archive")
  KAFKA_BOOTSTRAP_SERVERS="localhost:$kafka_port" PATHFINDER_PG_URL="jdbc:postgresql://localhost:$postgres_port/postgres" \
    PATHFINDER_JWT_PUBLIC_KEY="$PWD/deploy/local/dev-keys/public-key.pem" QUARKUS_HTTP_PORT=$port \
    java "${options[@]}" "$@" -jar "$jar" >"$logs/$name.log" 2>&1 &
  pids+=($!)
}

jvm_options() { echo "${1%/target/quarkus-app/quarkus-run.jar}/jvm.options"; } # jar: its service's JVM options
# The JVM keeps what a start loaded in an archive: from JDK 25 an AOT cache (JEP 483, 514, 515: classes loaded and
# linked, and method profiles), before it a class data archive (AppCDS). Each JVM reads only its own kind.
if java -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  # Adapter caching off: JDK 25.0.3 warns at every start that it cannot link the cached adapters.
  archive_name=app.aot archive_read=-XX:AOTCache= archive_write=-XX:AOTCacheOutput= archive_logs=-Xlog:aot*=error,cds*=error
  archive_options=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching)
else
  archive_name=app-cds.jsa archive_read=-XX:SharedArchiveFile= archive_write=-XX:ArchiveClassesAtExit= archive_logs=-Xlog:cds*=error
  archive_options=()
fi
class_archive() { echo "$(dirname "$1")/$archive_name"; }                      # jar: its class data archive
has_class_archive() { # jar: one made since its build and its JVM options (a JVM refuses an archive made with others)
  local archive
  archive=$(class_archive "$1")
  [[ $archive -nt $1 && $archive -nt $(jvm_options "$1") ]]
}

train_class_archive() { # jar port: unless the jar has a fresh one, writes its class data archive or AOT cache:
  #                       the service starts once, is stopped when ready, and the JVM archives the classes it loaded
  local jar=$1 port=$2 archive
  archive=$(class_archive "$jar")
  has_class_archive "$jar" && return
  rm -f "$archive"
  # cds*=error (and aot*): the dump lists each class it leaves out (never linked, generated) as a warning
  # shellcheck disable=SC2086 # JAVA_OPTS are words; with them, as the service will start (a heap for a large catalogue)
  start_service training "$jar" "$port" "${archive_options[@]}" "$archive_write$archive.new" "$archive_logs" ${JAVA_OPTS:-}
  await training "ready $port" "${pids[-1]}"
  stop_last
  mv "$archive.new" "$archive" 2>/dev/null || echo "the JVM wrote no class data archive for $jar; see $logs/training.log" >&2
}
