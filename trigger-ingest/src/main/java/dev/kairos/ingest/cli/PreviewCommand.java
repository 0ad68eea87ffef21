package dev.kairos.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.kairos.events.Json;
import dev.kairos.ingest.detect.Detection;
import dev.kairos.ingest.detect.TriggerDetector;
import dev.kairos.ingest.IngestProperties;
import dev.kairos.ingest.feed.Feed;
import dev.kairos.ingest.feed.FeedItem;
import dev.kairos.ingest.feed.FeedParser;
import dev.kairos.ingest.feed.UnreadableFeedException;
import dev.kairos.ingest.fetch.Fetcher;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code preview <url-or-file>}: fetches (or reads) one feed with the service's limits, parses it and prints one JSON
 * line per item with its triggers. Exit 0 when the feed was read; otherwise one line on standard error saying what is
 * wrong, and exit 1 (2 for a usage error).
 */
final class PreviewCommand {

    static final int UNREADABLE = 1;

    static final int USAGE = 2;

    private static final int MAX_ITEMS = 1000;

    private final List<String> allowedAddresses;

    /** @param allowedAddresses internal addresses that may be fetched, as in {@code trigger.ingest.fetch.allowed-addresses} */
    PreviewCommand(List<String> allowedAddresses) {
        this.allowedAddresses = allowedAddresses;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].isBlank()) {
            err.println("usage: preview <url-or-file>");
            return USAGE;
        }
        String target = args[0];
        try {
            List<FeedItem> items = read(target).items();
            TriggerDetector detector = new TriggerDetector();
            StringBuilder lines = new StringBuilder();
            for (FeedItem item : items) {
                lines.append(Json.mapper().writeValueAsString(toJson(item, detector.detect(item.title(), item.summary()))))
                    .append('\n');
            }
            out.print(lines);
            out.flush();
            return 0;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            err.println("preview: " + target + ": interrupted");
            return UNREADABLE;
        }
        catch (Exception | StackOverflowError | OutOfMemoryError ex) {
            err.println("preview: " + target + ": " + oneLine(ex));
            return UNREADABLE;
        }
    }

    /** A URL goes through the service's fetcher, guards and all; a file is read within the same size limit. */
    private Feed read(String target) throws IOException, InterruptedException, UnreadableFeedException {
        FeedParser parser = new FeedParser(MAX_ITEMS);
        if (target.startsWith("http://") || target.startsWith("https://")) {
            Fetcher.Fetched fetched = Fetcher.withDefaults(allowedAddresses)
                .fetch(URI.create(target), Fetcher.Purpose.FEED, Fetcher.Validators.NONE);
            return parser.parse(fetched.body(), fetched.contentType());
        }
        Path file = target.startsWith("file:") ? Path.of(URI.create(target)) : Path.of(target);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file, and not an http(s) URL");
        }
        DataSize max = IngestProperties.Fetch.defaults().maxBytes();
        if (Files.size(file) > max.toBytes()) {
            throw new IllegalArgumentException("file larger than " + max);
        }
        return parser.parse(Files.readAllBytes(file));
    }

    private static ObjectNode toJson(FeedItem item, List<Detection> detections) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("key", item.key());
        line.put("title", item.title());
        line.put("link", item.link());
        line.put("publishedAt", item.publishedAt() == null ? null : item.publishedAt().toString());
        ArrayNode triggers = line.putArray("triggers");
        detections.forEach(detection -> triggers.add(DetectCommand.toJson(detection)));
        return line;
    }

    private static String oneLine(Throwable ex) {
        String message = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName()
                : ex.getMessage();
        return message.strip().replaceAll("\\s+", " ");
    }
}
