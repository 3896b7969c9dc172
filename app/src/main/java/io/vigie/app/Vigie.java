package io.vigie.app;

import io.vigie.app.cli.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code vigie} command line. */
@Command(name = "vigie",
        mixinStandardHelpOptions = true,
        version = "Vigie 0.1.0",
        description = "Media monitoring of the international image of Aix-Marseille-Provence.",
        subcommands = {UpCommand.class, CommandLine.HelpCommand.class})
public final class Vigie {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Vigie()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
