# One image per service, built from source: docker compose builds each with its SERVICE and PORT, e.g.
#   docker build --build-arg SERVICE=skills-service --build-arg PORT=8081 -t coaching-suite/skills-service .
# so `docker compose up --build` works on a clean clone, without a local build first.

# ---- build: the service and the shared modules it needs, from the repository's own sources
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
# The whole repository (less what .dockerignore leaves out): a caller's client is generated from its callee's
# committed contract, and the shared modules are built with the service.
COPY . .
# With the AppCDS hook: `-Dquarkus.appcds.generate=true` then runs the static initialisation only and exits, which
# the run stage uses to write its AOT cache (Quarkus writes an archive here too, unused: it fits only this JDK).
RUN ./mvnw -B -pl "${SERVICE}" -am package -DskipTests -Dquarkus.package.jar.appcds.enabled=true

# ---- run: a Java 25 JRE, for its AOT cache, and the service's jar, as an unprivileged user
FROM eclipse-temurin:25-jre
ARG SERVICE
ARG PORT

# Unprivileged runtime user (uid/gid 185, as in the Quarkus images).
RUN groupadd --system --gid 185 quarkus \
 && useradd --system --uid 185 --gid quarkus --home-dir /deployments \
        --no-create-home --shell /usr/sbin/nologin quarkus \
 && mkdir -p /deployments \
 && chown 185:185 /deployments

WORKDIR /deployments

# One jar, whose classes the JVM's own class loader defines, so the AOT cache can hold them (README: Set-up).
COPY --from=build --chown=185:185 /src/${SERVICE}/target/${SERVICE}-runner.jar /deployments/app.jar

# The JVM settings of ./suite up (see the README): a 48-96 MiB heap with the serial collector, bounded
# metaspace, code cache, thread stacks and direct memory, C1 alone, so the process stays within the container's
# limit; and the AOT cache written below.
ENV QUARKUS_HTTP_PORT=${PORT} \
    JAVA_OPTS="-XX:+UseSerialGC -Xms48m -Xmx96m -XX:MetaspaceSize=64m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=40m -Xss512k -XX:MaxDirectMemorySize=64m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError -XX:AOTCache=/deployments/app.aot -Xlog:aot*=error -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS_APPEND=""

EXPOSE ${PORT}
USER 185

# The AOT cache, written by this image's JVM (a cache fits only the JVM that wrote it and the jar it was made
# with): the classes of the static initialisation, which needs no database, loaded and linked, then the JVM exits
# and a second one assembles the cache. ./suite up trains on a whole run instead, which caches more.
RUN java -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput=/deployments/app.aot -Xlog:aot*=error \
        -Dquarkus.appcds.generate=true -jar /deployments/app.jar

# sh -c so that JAVA_OPTS / JAVA_OPTS_APPEND are expanded at start-up; exec so that java is PID 1 and
# receives SIGTERM directly.
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/app.jar \"$@\"", "--"]
