# The catalog-service, JVM mode, from the Quarkus aot-jar layout (see deploy/OPERATIONS.md, "Class data sharing").
# Build context: the repository root, after `./mvnw -B package -DskipTests`:
#   docker build -f deploy/images/catalog-service.Dockerfile -t pathfinder/catalog-service:dev .
FROM eclipse-temurin:17-jre

# uid 185 is the user Quarkus images run as; the application files stay owned by root, read-only to it.
RUN useradd --system --uid 185 --gid 0 --no-create-home --home-dir /deployments pathfinder

WORKDIR /deployments
# Dependencies first: they change less often than the application, so their layers are reused.
COPY catalog-service/target/quarkus-app/lib/ lib/
COPY catalog-service/target/quarkus-app/quarkus-run.jar quarkus-run.jar
COPY catalog-service/target/quarkus-app/app/ app/
COPY catalog-service/target/quarkus-app/quarkus/ quarkus/
COPY catalog-service/jvm.options jvm.options

USER 185
EXPOSE 8081
# The service's JVM options are in jvm.options, as everywhere it runs; JAVA_OPTS adds to them or overrides them.
ENV JAVA_OPTS=""
# exec: the JVM is PID 1 and receives SIGTERM, so Quarkus shuts down gracefully.
ENTRYPOINT ["/bin/sh", "-c", "exec java @/deployments/jvm.options $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
