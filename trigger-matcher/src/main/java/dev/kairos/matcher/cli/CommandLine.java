package dev.kairos.matcher.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

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

    /**
     * A command's standard output is its answer (the counts, the matches): the Kafka clients' logs, which logback
     * writes to standard output at debug level when nothing configures it, go to standard error, warnings only.
     */
    private static void logWarningsToStandardError() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    /** Runs the command named by {@code args[0]} and returns its exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        logWarningsToStandardError();
        return COMMANDS.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length), in, out, err);
    }
}
