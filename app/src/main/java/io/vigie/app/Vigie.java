package io.vigie.app;

import io.vigie.app.cli.AlertsCommand;
import io.vigie.app.cli.AnalyzeCommand;
import io.vigie.app.cli.DashboardsCommand;
import io.vigie.app.cli.EvalCommand;
import io.vigie.app.cli.ExtractCommand;
import io.vigie.app.cli.FeedCommand;
import io.vigie.app.cli.ReindexCommand;
import io.vigie.app.cli.ReportCommand;
import io.vigie.app.cli.SourcesCommand;
import io.vigie.app.cli.UpCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Entry point of the {@code vigie} command line. */
@Command(name = "vigie",
        mixinStandardHelpOptions = true,
        version = "Vigie 0.1.0",
        description = "Media monitoring of the international image of Aix-Marseille-Provence.",
        subcommands = {UpCommand.class, AnalyzeCommand.class, EvalCommand.class, ReportCommand.class, FeedCommand.class, ExtractCommand.class, ReindexCommand.class, DashboardsCommand.class, SourcesCommand.class, AlertsCommand.class, CommandLine.HelpCommand.class})
public final class Vigie {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Vigie()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
