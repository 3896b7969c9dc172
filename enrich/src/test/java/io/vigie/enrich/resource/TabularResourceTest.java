package io.vigie.enrich.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.enrich.resource.TabularResource.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabularResourceTest {
    private static final String SAMPLE = "/resource/sample.tsv";

    @Test
    void skipsCommentsAndBlankLinesAndNumbersOriginsOverEveryLine() {
        List<Row> rows = TabularResource.read(TabularResourceTest.class, SAMPLE, "sample");

        assertThat(rows).extracting(Row::origin).containsExactly(
                SAMPLE + " line 3", SAMPLE + " line 6", SAMPLE + " line 7");
        assertThat(rows.get(0).fields()).containsExactly("alpha", "beta");
    }

    @Test
    void keepsTrailingEmptyFieldsAndLeavesFieldsUntrimmed() {
        List<Row> rows = TabularResource.read(TabularResourceTest.class, SAMPLE, "sample");

        assertThat(rows.get(1).fields()).containsExactly("gamma", "", "");
        assertThat(rows.get(1).size()).isEqualTo(3);
        // Only a '#' in the first column marks a comment.
        assertThat(rows.get(2).line()).isEqualTo("  # indented hash is data");
        assertThat(rows.get(2).field(0)).isEqualTo("  # indented hash is data");
    }

    @Test
    void rowErrorsNameTheResourceAndLine() {
        Row row = TabularResource.read(TabularResourceTest.class, SAMPLE, "sample").get(1);
        IllegalStateException cause = new IllegalStateException("boom");

        assertThat(row.error("expected a<TAB>b")).hasMessage(SAMPLE + " line 6: expected a<TAB>b");
        assertThat(row.error("bad", cause)).hasMessage(SAMPLE + " line 6: bad").hasCause(cause);
    }

    @Test
    void missingResourceIsAnErrorNamingItAndWhatItIs() {
        assertThatThrownBy(() -> TabularResource.read(TabularResourceTest.class, "/resource/absent.tsv", "cue file"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cue file /resource/absent.tsv is not on the classpath");
    }
}
