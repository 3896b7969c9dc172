package io.vigie.enrich.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnalyzeRequestParserTest {
    private final AnalyzeRequestParser parser = new AnalyzeRequestParser(10_000);

    @Test
    void readsEveryField() {
        AnalyzeRequest r = parser.parse(3, "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Hello RTM\",\"lang\":\"en\","
                + "\"url\":\"https://x.fr/a\",\"published\":\"2025-03-01T08:00:00+01:00\",\"target\":\"RTM\","
                + "\"from\":6,\"to\":9,\"extra\":[1]}");

        assertThat(r.line()).isEqualTo(3);
        assertThat(r.published()).isEqualTo(Instant.parse("2025-03-01T07:00:00Z"));
        assertThat(r.target()).isEqualTo("RTM");
        assertThat(r.from()).isEqualTo(6);
        assertThat(r.hasTarget()).isTrue();
    }

    @Test
    void offsetsAloneDefineTheTarget() {
        AnalyzeRequest r = parser.parse(1, "{\"id\":\"a\",\"text\":\"Hello RTM\",\"from\":6,\"to\":9}");

        assertThat(r.target()).isEqualTo("RTM");
        assertThat(r.title()).isEmpty();
    }

    @Test
    void badLinesNameTheLineTheIdAndTheReason() {
        assertThatThrownBy(() -> parser.parse(7, "{not json"))
                .isInstanceOfSatisfying(LineError.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.id()).isNull();
                    assertThat(e.getMessage()).startsWith("not JSON");
                });
        assertThatThrownBy(() -> parser.parse(2, "{\"id\":\"x\",\"title\":\"\",\"text\":\" \"}"))
                .isInstanceOfSatisfying(LineError.class, e -> {
                    assertThat(e.id()).isEqualTo("x");
                    assertThat(e.getMessage()).contains("both empty");
                });
        assertThatThrownBy(() -> parser.parse(2, "{\"id\":\"x\",\"text\":\"abc\",\"from\":1,\"to\":9}"))
                .isInstanceOfSatisfying(LineError.class, e -> assertThat(e.getMessage()).contains("offsets"));
        assertThatThrownBy(() -> parser.parse(2, "{\"id\":\"x\",\"text\":\"abc\",\"published\":\"yesterday\"}"))
                .isInstanceOfSatisfying(LineError.class, e -> assertThat(e.getMessage()).contains("published"));
        assertThatThrownBy(() -> parser.parse(2, "{\"title\":\"abc\"}"))
                .isInstanceOfSatisfying(LineError.class, e -> assertThat(e.getMessage()).contains("missing id"));
        assertThatThrownBy(() -> parser.parse(2, "[1,2]"))
                .isInstanceOfSatisfying(LineError.class, e -> assertThat(e.getMessage()).contains("JSON object"));
        assertThatThrownBy(() -> parser.parse(2, "{\"id\":\"x\",\"text\":{\"a\":1}}"))
                .isInstanceOfSatisfying(LineError.class, e -> assertThat(e.getMessage()).contains("'text'"));
        assertThatThrownBy(() -> new AnalyzeRequestParser(10).parse(1, "{\"id\":\"x\",\"text\":\"long\"}"))
                .isInstanceOfSatisfying(LineError.class, e -> assertThat(e.getMessage()).contains("allowed"));
    }
}
