package io.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReindexCommandTest {
    @Test
    void needsExactlyOneOfMonthOrAll() {
        CliRun none = CliRun.of(new ReindexCommand());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--month").contains("--all");

        CliRun both = CliRun.of(new ReindexCommand(), "--month", "2026.11", "--all");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void aBadMonthIsNamed() {
        CliRun run = CliRun.of(new ReindexCommand(), "--month", "2026.13", "--elasticsearch", "http://127.0.0.1:1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--month").contains("'2026.13'").contains("YYYY.MM");
        assertThat(CliRun.of(new ReindexCommand(), "--month", "nov").err()).contains("not a month: 'nov'");
    }

    @Test
    void aBadOrSilentElasticsearchIsNamed() {
        CliRun bad = CliRun.of(new ReindexCommand(), "--month", "2026.11", "--elasticsearch", "ftp://es.example");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("http:// or https://");

        CliRun down = CliRun.of(new ReindexCommand(), "--all", "--elasticsearch", "http://127.0.0.1:1");
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.err()).contains("no Elasticsearch answering at http://127.0.0.1:1");
    }
}
