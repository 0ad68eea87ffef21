package dev.kairos.ingest.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Dispatches the jar's command-line modes, e.g. {@code java -jar trigger-ingest.jar detect < items.jsonl}. */
public final class CommandLine {

    private interface Command {
        int run(String[] args, InputStream in, PrintStream out, PrintStream err);
    }

    private static final Map<String, Command> COMMANDS = Map.of("detect",
            (args, in, out, err) -> new DetectCommand().run(in, out, err), "preview",
            (args, in, out, err) -> new PreviewCommand(allowedAddresses()).run(args, out, err));

    private CommandLine() {
    }

    /** The service's setting, from the environment as Spring would bind it: a comma-separated list. */
    private static List<String> allowedAddresses() {
        String allowed = System.getenv("TRIGGER_INGEST_FETCH_ALLOWED_ADDRESSES");
        return allowed == null || allowed.isBlank() ? List.of()
                : Arrays.stream(allowed.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    /** Runs the command named by {@code args[0]} and returns its exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return COMMANDS.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length), in, out, err);
    }
}
