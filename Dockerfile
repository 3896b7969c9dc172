# One image for every Vigie stage; docker-compose.yml picks the stage with `up --only`.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests install

FROM eclipse-temurin:21-jre
RUN useradd --system --create-home --home-dir /var/lib/vigie vigie
WORKDIR /opt/vigie
COPY --from=build /src/app/target/vigie-app.jar /opt/vigie/vigie-app.jar
COPY --from=build /src/app/target/lib /opt/vigie/lib
USER vigie
ENV VIGIE_DATA_DIR=/var/lib/vigie
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/opt/vigie/vigie-app.jar:/opt/vigie/lib/*", "io.vigie.app.Vigie"]
CMD ["up"]
