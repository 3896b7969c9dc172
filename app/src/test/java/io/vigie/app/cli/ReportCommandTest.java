package io.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ReportCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(ReportCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aBadWeekIsRejectedWithTheExpectedShape() {
        Run r = run(new ReportCommand(), "--week", "2026-47", "--es", "http://127.0.0.1:9");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("2026-W47");
    }

    @Test
    void anUnknownLanguageIsRejected() {
        Run r = run(new ReportCommand(), "--week", "2026-W47", "--lang", "de", "--es", "http://127.0.0.1:9");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("report.language must be fr or en");
    }

    @Test
    void sendWithoutSmtpSettingsNamesTheMissingSetting() {
        ReportCommand command = new ReportCommand();
        command.env = Map.of("VIGIE_REPORT_RECIPIENTS", "a@example.org");
        Run r = run(command, "--week", "2026-W47", "--send", "--es", "http://127.0.0.1:9");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("smtp.host is required");
    }

    @Test
    void anUnreachableElasticsearchFailsWithExitCodeOneAndNoFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Run r = run(new ReportCommand(), "--week", "2026-W47", "--es", "http://127.0.0.1:9", "--out", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("failed for 2026-W47");
        assertThat(dir.resolve("report.pdf")).doesNotExist();
    }
}
