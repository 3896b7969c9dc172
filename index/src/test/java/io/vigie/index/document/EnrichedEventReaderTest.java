package io.vigie.index.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.index.testing.Mentions;
import io.vigie.model.EnrichedMention;
import io.vigie.model.json.EventSerdes;
import io.vigie.model.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnrichedEventReaderTest {
    private final EnrichedEventReader reader = new EnrichedEventReader();

    @Test
    void readsWhatEnrichWrites() {
        EnrichedMention event = Mentions.enriched("https://www.lemonde.fr/a/1");
        byte[] bytes = EventSerdes.ENRICHED_MENTION.serializer().serialize("t", event);
        DecodedMention decoded = reader.read(bytes);
        assertThat(decoded.event()).isEqualTo(event);
        assertThat(decoded.extensions()).isEmpty();
    }

    @Test
    void keepsTopLevelFieldsFromANewerSchema() throws Exception {
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(
                EventSerdes.ENRICHED_MENTION.serializer().serialize("t", Mentions.enriched("https://x.example/1")));
        tree.put("schemaVersion", 3);
        tree.putObject("emotions").put("label", "joy");
        tree.putNull("places");
        DecodedMention decoded = reader.read(Json.mapper().writeValueAsBytes(tree));
        assertThat(decoded.event().schemaVersion()).isEqualTo(3);
        assertThat(decoded.extensions()).containsOnlyKeys("emotions");
    }

    @Test
    void poisonRecordsGiveAClearReason() {
        assertThatThrownBy(() -> reader.read("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> reader.read("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class).hasMessage("not a JSON object");
        assertThatThrownBy(() -> reader.read("{\"schemaVersion\":1,\"language\":{\"code\":\"fr\"}}"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("mention");
        assertThatThrownBy(() -> reader.read(null))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("tombstone");
        assertThatThrownBy(() -> reader.read(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}))
                .isInstanceOf(UnreadableEventException.class);
    }
}
