# The PostgreSQL build of the catalog-service, JVM mode, from the Quarkus fast-jar layout.
# Build context: the repository root, after `./mvnw -B package -Ppostgres -DskipTests`:
#   docker build -f deploy/images/catalog-service.Dockerfile -t pathfinder/catalog-service:dev .
FROM eclipse-temurin:17-jre

# uid 185 is the user Quarkus images run as; the application files stay owned by root, read-only to it.
RUN useradd --system --uid 185 --gid 0 --no-create-home --home-dir /deployments pathfinder

WORKDIR /deployments
# Dependencies first: they change less often than the application, so their layers are reused.
COPY catalog-service/target/postgres/lib/ lib/
COPY catalog-service/target/postgres/quarkus-run.jar quarkus-run.jar
COPY catalog-service/target/postgres/app/ app/
COPY catalog-service/target/postgres/quarkus/ quarkus/

USER 185
EXPOSE 8081
# The database kind is fixed when the application is built; this build needs the postgres profile at run time too.
ENV QUARKUS_PROFILE=prod,postgres \
    JAVA_OPTS="-XX:MaxRAMPercentage=40 -XX:+ExitOnOutOfMemoryError"
# exec: the JVM is PID 1 and receives SIGTERM, so Quarkus shuts down gracefully.
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
