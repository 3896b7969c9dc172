package io.vigie.app.cli;

import io.vigie.dashboards.kibana.DashboardsImporter;
import io.vigie.dashboards.kibana.ImportSummary;
import io.vigie.dashboards.kibana.KibanaAuth;
import io.vigie.dashboards.kibana.KibanaClient;
import io.vigie.dashboards.kibana.KibanaException;
import io.vigie.dashboards.kibana.KibanaTarget;
import io.vigie.dashboards.vigie.SavedObjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie dashboards import|export}: Vigie's Kibana data views, visualizations and dashboards. */
@Command(name = "dashboards", mixinStandardHelpOptions = true,
        subcommands = {DashboardsCommand.Import.class, DashboardsCommand.Export.class},
        description = "Imports Vigie's dashboards into Kibana 9.x, or exports them as NDJSON.")
public final class DashboardsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("vigie dashboards: say import or export (see --help)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Where Kibana is and how to log in; shared by import and export. */
    static final class KibanaOptions {
        @Option(names = "--api-key", paramLabel = "KEY",
                description = "Encoded Elasticsearch API key (as Kibana shows it); default: $KIBANA_API_KEY.")
        String apiKey;

        @Option(names = "--user", paramLabel = "USER", description = "Basic-auth user (with --password).")
        String user;

        @Option(names = "--password", paramLabel = "PASSWORD",
                description = "Basic-auth password; default: $KIBANA_PASSWORD.")
        String password;

        @Option(names = "--space", paramLabel = "SPACE", description = "Kibana space id (default: default).")
        String space;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
                description = "Per-request timeout in seconds (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        /** @throws IllegalArgumentException with a message naming the option at fault */
        KibanaTarget target(String url) {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("--kibana URL is required, e.g. --kibana http://localhost:5601");
            }
            URI uri;
            try {
                uri = URI.create(url.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--kibana: not a URL: " + url);
            }
            if (timeoutSeconds < 1) {
                throw new IllegalArgumentException("--timeout must be at least 1 second, got " + timeoutSeconds);
            }
            return new KibanaTarget(uri, auth(), space, Duration.ofSeconds(timeoutSeconds));
        }

        private KibanaAuth auth() {
            String key = apiKey != null ? apiKey : System.getenv("KIBANA_API_KEY");
            if (apiKey != null && user != null) {
                throw new IllegalArgumentException("--api-key and --user are exclusive: give one way to log in");
            }
            if (user != null) {
                String pw = password != null ? password : System.getenv("KIBANA_PASSWORD");
                if (pw == null) {
                    throw new IllegalArgumentException("--user needs --password (or $KIBANA_PASSWORD)");
                }
                return KibanaAuth.basic(user, pw);
            }
            if (password != null) {
                throw new IllegalArgumentException("--password needs --user");
            }
            return key == null || key.isBlank() ? KibanaAuth.none() : KibanaAuth.apiKey(key);
        }
    }

    static HttpClient http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports (overwriting) every Vigie saved object into Kibana 9.x: data views for",
                    "vigie-mentions*, vigie-daily and vigie-alerts*, their charts and the dashboards."})
    static final class Import implements Callable<Integer> {
        private static final Set<KibanaException.Kind> TRANSIENT =
                EnumSet.of(KibanaException.Kind.UNREACHABLE, KibanaException.Kind.NOT_READY);

        @Spec
        CommandSpec spec;

        @Option(names = "--kibana", paramLabel = "URL", required = true,
                description = "Kibana base URL, e.g. http://localhost:5601 (with its base path if any).")
        String kibana;

        @Mixin
        KibanaOptions options = new KibanaOptions();

        @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
                description = "Keep trying this long while Kibana is unreachable or starting (default: ${DEFAULT-VALUE}).")
        int waitSeconds;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            KibanaTarget target;
            try {
                target = options.target(kibana);
            } catch (IllegalArgumentException e) {
                err.println("vigie dashboards import: " + e.getMessage());
                return 2;
            }
            if (waitSeconds < 0) {
                err.println("vigie dashboards import: --wait must be >= 0, got " + waitSeconds);
                return 2;
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
            DashboardsImporter importer = new DashboardsImporter(new KibanaClient(http()));
            while (true) {
                try {
                    ImportSummary summary = importer.importAll(target);
                    out.println(summary);
                    return 0;
                } catch (KibanaException e) {
                    if (TRANSIENT.contains(e.kind()) && System.nanoTime() < deadline) {
                        err.println("vigie dashboards import: " + e.getMessage() + "; retrying in 5 s");
                        err.flush();
                        Thread.sleep(5_000);
                        continue;
                    }
                    // The message already lists each rejected object.
                    err.println("vigie dashboards import: " + e.getMessage());
                    return 1;
                }
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes Vigie's saved objects as NDJSON: as this version generates them, or with",
                    "--kibana, as they are in that Kibana now (analysts' edits included)."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The NDJSON file to write.")
        Path out;

        @Option(names = "--kibana", paramLabel = "URL",
                description = "Export from this Kibana instead of writing the generated objects.")
        String kibana;

        @Mixin
        KibanaOptions options = new KibanaOptions();

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                if (kibana == null) {
                    DashboardsImporter.writeGenerated(out);
                    stdout.println("wrote " + SavedObjects.objects().size() + " saved objects to " + out);
                    return 0;
                }
                KibanaTarget target = options.target(kibana);
                String ndjson = new DashboardsImporter(new KibanaClient(http())).exportFromKibana(target);
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(out, ndjson, StandardCharsets.UTF_8);
                stdout.println("wrote " + ndjson.lines().count() + " saved objects from " + target.describe()
                        + " to " + out);
                return 0;
            } catch (IllegalArgumentException e) {
                err.println("vigie dashboards export: " + e.getMessage());
                return 2;
            } catch (KibanaException e) {
                err.println("vigie dashboards export: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                err.println("vigie dashboards export: cannot write " + out + ": " + e.getMessage());
                return 1;
            }
        }
    }
}
