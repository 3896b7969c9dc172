package io.vigie.ingest.robots;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.ingest.fetch.FetchException;
import io.vigie.ingest.fetch.FetchFailure;
import io.vigie.ingest.fetch.FetchResult;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.fetch.Validators;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RobotsPolicyTest {
    private final List<URI> fetched = new CopyOnWriteArrayList<>();

    private Fetcher serving(String robots) {
        return request -> {
            fetched.add(request.url());
            return switch (request.url().getHost()) {
                case "rules.example" -> new FetchResult(request.url(), 200, robots.getBytes(UTF_8), "text/plain", Validators.NONE);
                case "down.example" -> throw FetchException.httpStatus(request.sourceId(), request.url(), 503);
                case "private.example" -> throw new FetchException(FetchFailure.BLOCKED_ADDRESS, request.sourceId(),
                        request.url(), "blocked loopback address 127.0.0.1");
                default -> throw FetchException.httpStatus(request.sourceId(), request.url(), 404);
            };
        };
    }

    private static RobotsPolicy policy(Fetcher fetcher, Clock clock) {
        return new RobotsPolicy(fetcher, RobotsPolicy.agentToken("VigieBot/0.1 (media monitoring)"),
                Duration.ofHours(24), Duration.ofMinutes(30), clock);
    }

    @Test
    void appliesTheRulesForOurAgentAndCachesThemPerOrigin() {
        String robots = """
                User-agent: *
                Disallow: /

                User-agent: VigieBot
                Disallow: /private/
                Crawl-delay: 2
                """;
        RobotsPolicy p = policy(serving(robots), Clock.fixed(Instant.parse("2026-07-21T10:00:00Z"), ZoneOffset.UTC));
        assertThat(p.allowed("s", URI.create("https://rules.example/news/1.html"))).isTrue();
        assertThat(p.allowed("s", URI.create("https://rules.example/private/2.html"))).isFalse();
        assertThat(p.crawlDelay(URI.create("https://rules.example/"))).isEqualTo(Duration.ofSeconds(2));
        assertThat(fetched).containsExactly(URI.create("https://rules.example/robots.txt"));
    }

    @Test
    void missingRobotsAllowsEverythingServerErrorsAllowNothingUntilTheShortTtlEnds() {
        Instant[] now = {Instant.parse("2026-07-21T10:00:00Z")};
        Clock clock = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        RobotsPolicy p = policy(serving(""), clock);
        assertThat(p.allowed("s", URI.create("http://none.example:8080/a"))).isTrue();
        assertThat(p.allowed("s", URI.create("https://down.example/a"))).isFalse();
        assertThat(p.allowed("s", URI.create("https://private.example/a"))).as("the page fetch reports the block").isTrue();
        assertThat(p.allowed("s", URI.create("https://down.example/b"))).isFalse();
        assertThat(fetched).hasSize(3);
        now[0] = now[0].plus(Duration.ofMinutes(31));
        p.allowed("s", URI.create("https://down.example/a"));
        p.allowed("s", URI.create("http://none.example:8080/b"));
        assertThat(fetched).hasSize(4).last().isEqualTo(URI.create("https://down.example/robots.txt"));
        assertThat(fetched).contains(URI.create("http://none.example:8080/robots.txt"));
        assertThat(p.counters()).containsEntry("robots_unavailable", 2L);
    }
}
