package io.vigie.app.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.app.config.ConfigException;
import io.vigie.app.config.ConfigLoader;
import io.vigie.app.config.VigieConfig;
import io.vigie.app.report.IngestHealthFile;
import io.vigie.app.report.ReportWiring;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.report.RenderedReport;
import io.vigie.report.ReportService;
import io.vigie.report.ReportSettings;
import io.vigie.report.mail.ReportMailer;
import io.vigie.report.mail.SmtpSettings;
import io.vigie.report.period.ReportPeriod;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie report}: the weekly image-perception report for one ISO week, as HTML and PDF. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes report.html and report.pdf for an ISO week (Europe/Paris by default), computed from",
                "Elasticsearch, and with --send e-mails it to report.recipients."})
public final class ReportCommand implements Callable<Integer> {
    private static final String LOCAL_NODE = "http://127.0.0.1:9200";

    @Spec
    CommandSpec spec;

    @Option(names = "--week", required = true, paramLabel = "YYYY-Www", description = "ISO week, e.g. 2026-W47.")
    String week;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the report (default: report.language).")
    String lang;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: <data-dir>/reports/<week>).")
    Path out;

    @Option(names = "--send", description = "Also e-mail it (HTML summary and PDF) to report.recipients.")
    boolean send;

    @Option(names = "--es", paramLabel = "URL",
            description = "Elasticsearch URL (default: elasticsearch.url, else the local node of `vigie up`, " + LOCAL_NODE + ").")
    String es;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (default: ./vigie.yaml when present).")
    Path configFile;

    Map<String, String> env = System.getenv();
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        VigieConfig config;
        ReportPeriod period;
        ReportSettings settings;
        SmtpSettings smtp = null;
        try {
            config = new ConfigLoader(env).load(configFile != null ? configFile
                    : Files.isRegularFile(Path.of("vigie.yaml")) ? Path.of("vigie.yaml") : null);
            settings = ReportWiring.reportSettings(config, lang);
            period = ReportPeriod.isoWeek(week, settings.zone());
            if (send) {
                smtp = ReportWiring.smtpSettings(config);
            }
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("vigie report: " + e.getMessage());
            return 2;
        }
        String url = es != null ? es : config.elasticsearch().local() ? LOCAL_NODE : config.elasticsearch().url();
        Path dir = out != null ? out : config.dataDir().resolve("reports").resolve(period.label());
        VigieConfig.Elasticsearch es = config.elasticsearch();
        try (ElasticsearchClient client = ElasticsearchClients.create(url, es.apiKey(), es.username(), es.password())) {
            ReportService service = new ReportService(client, settings,
                    new IngestHealthFile(config.dataDir().resolve("ingest"), Map.of()), clock);
            RenderedReport report = service.render(period, settings.language());
            report.writeTo(dir);
            PrintWriter outWriter = spec.commandLine().getOut();
            outWriter.println("report for " + period.label() + " written to " + dir.resolve("report.html") + " and "
                    + dir.resolve("report.pdf"));
            if (smtp != null) {
                new ReportMailer(smtp).send(report);
                outWriter.println("report sent to " + String.join(", ", smtp.recipients()));
            }
            return 0;
        } catch (Exception e) {
            err.println("vigie report: failed for " + period.label() + " (Elasticsearch " + url + "): " + rootMessage(e));
            return 1;
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
