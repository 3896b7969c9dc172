package io.vigie.app.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.app.config.ConfigException;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.source.Sources;
import io.vigie.model.SourceTier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SourceRegistryTest {

    @Test
    void builtinRegistryCoversOutletsLanguagesAndTiers() {
        List<SourceDefinition> sources = SourceRegistry.load(SourceRegistry.BUILTIN).all();

        Map<String, Long> byKind = sources.stream().collect(Collectors.groupingBy(SourceDefinition::kind, Collectors.counting()));
        assertThat(byKind.get("feed")).isGreaterThanOrEqualTo(40);
        assertThat(byKind).containsKeys("news_search", "social");
        assertThat(sources).extracting(SourceDefinition::language).contains("fr", "en", "es", "it", "de");
        assertThat(sources).extracting(SourceDefinition::tier).contains(SourceTier.values());
        assertThat(sources).allSatisfy(source -> assertThat(source.url().getScheme()).isEqualTo("https"));
        // GDELT finds articles from any country: the country is the publisher's, set per article.
        assertThat(sources).filteredOn(source -> !source.kind().equals("gdelt"))
                .allSatisfy(source -> assertThat(source.country()).matches("[A-Z]{2}"));
        Map<String, SourceDefinition> byId = sources.stream()
                .collect(Collectors.toMap(SourceDefinition::id, Function.identity()));
        assertThat(byId.get("guardian-france").name()).isEqualTo("The Guardian — France");
        assertThat(byId.get("guardian-france").audienceWeight()).isEqualTo(3.0);
    }

    @Test
    void everyBadEntryIsReportedWithItsPosition() {
        String yaml = """
                sources:
                  - id: ok
                    url: https://example.org/rss
                    tier: national
                  - id: Bad Id
                    url: https://example.org/rss2
                  - id: no-url
                  - id: weird-tier
                    url: https://example.org/rss3
                    tier: galactic
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).satisfiesExactly(
                        p -> assertThat(p).contains("entry #2 (Bad Id)").contains("lower-case"),
                        p -> assertThat(p).contains("entry #3 (no-url): url is required"),
                        p -> assertThat(p).contains("entry #4 (weird-tier): tier 'galactic'")));
    }

    @Test
    void unknownKeyAndDuplicatesAreRejected() {
        assertThatThrownBy(() -> parse("sources:\n  - id: a\n    url: https://x.org/\n    colour: red\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> parse("sources:\n  - id: a\n    url: https://x.org/\n  - id: a\n    url: https://y.org/\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("a");
    }

    private static Sources parse(String yaml) {
        return SourceRegistry.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
