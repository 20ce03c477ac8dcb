# One image recipe for the three services: docker compose builds it once per service with SERVICE set.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
COPY common common
COPY ingest-service ingest-service
COPY extract-service extract-service
COPY index-service index-service
COPY e2e-tests/pom.xml e2e-tests/pom.xml
COPY local/launcher/pom.xml local/launcher/pom.xml
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests -pl common,ingest-service,extract-service,index-service

FROM eclipse-temurin:21-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home articleflow
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*.jar /app/app.jar
USER articleflow
WORKDIR /home/articleflow
# the serial collector, as ./pipeline runs the services: their heaps are small, and G1's concurrent work costs
# about a tenth of their CPU (set JAVA_TOOL_OPTIONS to choose another)
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
