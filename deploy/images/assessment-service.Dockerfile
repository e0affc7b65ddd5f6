# The PostgreSQL build of the assessment-service, JVM mode, from the Quarkus fast-jar layout.
# Build context: the repository root, after `./mvnw -B package -Ppostgres -DskipTests`:
#   docker build -f deploy/images/assessment-service.Dockerfile -t pathfinder/assessment-service:dev .
FROM eclipse-temurin:17-jre

# uid 185 is the user Quarkus images run as; the application files stay owned by root, read-only to it.
RUN useradd --system --uid 185 --gid 0 --no-create-home --home-dir /deployments pathfinder

WORKDIR /deployments
# Dependencies first: they change less often than the application, so their layers are reused.
COPY assessment-service/target/postgres/lib/ lib/
COPY assessment-service/target/postgres/quarkus-run.jar quarkus-run.jar
COPY assessment-service/target/postgres/app/ app/
COPY assessment-service/target/postgres/quarkus/ quarkus/

USER 185
EXPOSE 8082
# The database kind is fixed when the application is built; this build needs the postgres profile at run time too.
ENV QUARKUS_PROFILE=prod,postgres \
    JAVA_OPTS="-XX:MaxRAMPercentage=40 -XX:+ExitOnOutOfMemoryError"
# exec: the JVM is PID 1 and receives SIGTERM, so Quarkus shuts down gracefully.
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
