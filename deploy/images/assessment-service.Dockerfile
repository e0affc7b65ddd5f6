# The assessment-service, JVM mode, from the Quarkus aot-jar layout (see deploy/OPERATIONS.md, "Class data sharing").
# Build context: the repository root, after `./mvnw -B package -DskipTests`:
#   docker build -f deploy/images/assessment-service.Dockerfile -t pathfinder/assessment-service:dev .
FROM eclipse-temurin:17-jre

# uid 185 is the user Quarkus images run as; the application files stay owned by root, read-only to it.
RUN useradd --system --uid 185 --gid 0 --no-create-home --home-dir /deployments pathfinder

WORKDIR /deployments
# Dependencies first: they change less often than the application, so their layers are reused.
COPY assessment-service/target/quarkus-app/lib/ lib/
COPY assessment-service/target/quarkus-app/quarkus-run.jar quarkus-run.jar
COPY assessment-service/target/quarkus-app/app/ app/
COPY assessment-service/target/quarkus-app/quarkus/ quarkus/
COPY assessment-service/jvm.options jvm.options

USER 185
EXPOSE 8082
# The service's JVM options are in jvm.options, as everywhere it runs; JAVA_OPTS adds to them or overrides them.
ENV JAVA_OPTS=""
# exec: the JVM is PID 1 and receives SIGTERM, so Quarkus shuts down gracefully.
ENTRYPOINT ["/bin/sh", "-c", "exec java @/deployments/jvm.options $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
