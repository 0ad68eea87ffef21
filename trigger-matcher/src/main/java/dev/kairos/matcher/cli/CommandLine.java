package dev.kairos.matcher.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * Dispatches the jar's command-line modes: {@code java -jar trigger-matcher.jar match --accounts FILE.csv} and
 * {@code import FILE.csv}.
 */
public final class CommandLine {

    private interface Command {
        int run(String[] args, InputStream in, PrintStream out, PrintStream err);
    }

    private static final Map<String, Command> COMMANDS = Map.of("match", MatchCommand::run, "import",
            (args, in, out, err) -> ImportCommand.run(args, out, err));

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    /** Runs the command named by {@code args[0]} and returns its exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return COMMANDS.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length), in, out, err);
    }
}
