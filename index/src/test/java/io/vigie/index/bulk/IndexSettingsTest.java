package io.vigie.index.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.model.Topics;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IndexSettingsTest {

    @Test
    void defaultsAreUsableLocally() {
        IndexSettings s = IndexSettings.defaults();
        assertThat(s.elasticsearchUrl()).isEqualTo("http://localhost:9200");
        assertThat(s.groupId()).isEqualTo("vigie-index");
        assertThat(s.topic()).isEqualTo(Topics.MENTIONS_ENRICHED);
        assertThat(s.deadLetterTopic()).isEqualTo(Topics.DEAD_LETTERS);
        assertThat(s.shards()).isEqualTo(1);
        assertThat(s.replicas()).isZero();
    }

    @Test
    void rejectsNonsenseWithTheSettingName() {
        assertThatThrownBy(() -> IndexSettings.defaults().withElasticsearchUrl("localhost:9200"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elasticsearchUrl");
        assertThatThrownBy(() -> IndexSettings.defaults().withGroupId(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groupId");
        assertThatThrownBy(() -> IndexSettings.defaults().withBatching(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> IndexSettings.defaults().withBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> IndexSettings.defaults().withDailyInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index.dailyInterval");
        assertThatThrownBy(() -> IndexSettings.defaults().withStories(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index.stories");
        assertThatThrownBy(() -> IndexSettings.defaults().withTopics("a", "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadLetterTopic");
    }

    @Test
    void neverPrintsSecrets() {
        IndexSettings s = new IndexSettings("https://es.example:9243", null, "vigie", "s3cr3t!", "g", "a", "b",
                10, 2048, Duration.ofSeconds(1), 1, Duration.ofMillis(10), Duration.ofMillis(20), 100, 4096, 1000, 1, 0,
                Duration.ofMillis(100), io.vigie.index.story.StorySettings.defaults(), Duration.ofSeconds(1));
        assertThat(s.toString()).contains("basic(vigie)").doesNotContain("s3cr3t!");
    }
}
