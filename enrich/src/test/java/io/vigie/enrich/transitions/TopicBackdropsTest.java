package io.vigie.enrich.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicBackdropsTest {
    private static final TopicBackdrops SHIPPED = TopicBackdrops.fromClasspath(ThemeVocabulary.fromClasspath().ids());

    @Test
    void backdropGivesWayOnlyToAnAtLeastAsStrongForeground() {
        assertThat(SHIPPED.filter(List.of("security_drugs", "port_logistics"),
                Map.of("security_drugs", 3.0, "port_logistics", 2.5))).containsExactly("security_drugs");
        assertThat(SHIPPED.filter(List.of("port_logistics", "security_drugs"),
                Map.of("security_drugs", 1.0, "port_logistics", 4.0))).containsExactly("port_logistics", "security_drugs");
    }

    @Test
    void foregroundThatWasNotRetainedDoesNotRemoveTheBackdrop() {
        assertThat(SHIPPED.filter(List.of("industry"), Map.of("industry", 2.0, "health", 3.0))).containsExactly("industry");
    }

    @Test
    void unknownTopicOrMissingFileFailsNamingTheSource() {
        assertThatThrownBy(() -> TopicBackdrops.fromClasspath("/transitions-bad/backdrop-unknown-topic.tsv",
                Set.of("port_logistics", "security_drugs")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backdrop-unknown-topic.tsv line 2").hasMessageContaining("port_logistic");
        assertThatThrownBy(() -> TopicBackdrops.fromClasspath("/transitions-bad/missing.tsv", Set.of()))
                .hasMessageContaining("not on the classpath");
    }
}
