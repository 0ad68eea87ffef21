package dev.kairos.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import ch.qos.logback.classic.Level;
import dev.kairos.service.security.ApiKeyHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Runs the whole of Kairos on this machine: an in-process KRaft broker on {@code 127.0.0.1:9092}, the three services,
 * the demo feeds and the demo CRM. Prints every lead; Ctrl-C stops everything. The publisher's clock runs a day a
 * minute ({@code trigger.publisher.clock-speed}), so that leads visibly age from segment to segment.
 *
 * <p>
 * Settings, from the environment: {@code KAIROS_KAFKA_PORT} (9092), {@code KAIROS_KAFKA_CONTROLLER_PORT} (the Kafka
 * port + 1), {@code KAIROS_API_KEY} (the API key, every role; {@code kairos-demo-key} when unset), {@code KAIROS_HOME}
 * (where state and logs go, {@code .kairos/} in the working directory), {@code KAIROS_WEBHOOK_PORT} (the demo webhook
 * receiver's; a free one by default). Any service property can be set as a system property, e.g.
 * {@code -Dtrigger.ingest.poll-interval=PT1M}.
 */
public final class LocalKairos {

    private LocalKairos() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        // until the first service configures logging, keep the broker's start-up chatter off the console
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.kafka")).setLevel(Level.ERROR);
        int kafkaPort = Integer.parseInt(env("KAIROS_KAFKA_PORT", "9092"));
        Path home = Path.of(env("KAIROS_HOME", ".kairos")).toAbsolutePath();
        // the in-process broker starts empty every time, so Streams state from an earlier run would not match it
        FileSystemUtils.deleteRecursively(home.resolve("state"));
        // and the log, like the rest of the run, starts afresh
        Files.deleteIfExists(home.resolve("kairos.log"));
        Files.createDirectories(home);
        Clock clock = Clock.systemUTC();

        out.println("Kairos local run: starting an in-process Kafka broker on 127.0.0.1:" + kafkaPort + " ...");
        LocalBroker broker = LocalBroker.start(home.resolve("kafka"), kafkaPort,
                Integer.parseInt(env("KAIROS_KAFKA_CONTROLLER_PORT", String.valueOf(kafkaPort + 1))));
        String bootstrap = broker.bootstrapServers();

        DemoFeeds feeds = new DemoFeeds(clock.instant());
        WebhookReceiver webhooks = WebhookReceiver.start(Integer.parseInt(env("KAIROS_WEBHOOK_PORT", "0")), out,
                clock);
        Path crm = extract("/demo/crm-accounts.csv", home.resolve("crm-accounts.csv"));
        out.println("Starting trigger-matcher (:8082), lead-publisher (:8083) and trigger-ingest (:8081) ...");
        Map<String, Object> properties = new HashMap<>(Map.of("spring.main.banner-mode", "off",
                        // the console shows leads and problems; everything else goes to the log file
                        "logging.file.name", home.resolve("kairos.log").toString(), "logging.threshold.console",
                        "WARN",
                        // the three services share one Logback, set up by the first with its own name: that name
                        // would tag every line; thread and logger names tell the services apart
                        "logging.include-application-name", "false",
                        // benign on a fresh broker: the global table reads its topic before any offset is stable
                        "logging.level.org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils", "ERROR",
                        // retried transparently while a fresh broker completes the first transactions
                        "logging.level.org.apache.kafka.clients.producer.internals.Sender", "ERROR",
                        // the demo key is the point of a local run: no warning about it
                        "logging.level.dev.kairos.service.security.ApiSecurity", "ERROR",
                        // leads age visibly: a day of the publisher's clock passes in a minute
                        "trigger.publisher.clock-speed", demoClockSpeed(),
                        "trigger.publisher.ageing-interval", "PT5S"));
        String apiKey = System.getenv("KAIROS_API_KEY");
        if (apiKey != null && !apiKey.isBlank()) {
            // the services keep only a hash of their key; their config files read it from KAIROS_API_KEY_HASH
            properties.put("KAIROS_API_KEY_HASH", ApiKeyHash.sha256Of(apiKey));
        }
        KairosServices services = KairosServices.start(new KairosServices.Settings(bootstrap, crm, feeds.urls(),
                home.resolve("state"), properties(webhooks, properties), null));
        LeadPrinter printer = new LeadPrinter(bootstrap, out);
        printer.start();
        out.println("Kairos is running. Leads appear below and on the Kafka topic 'leads' at " + bootstrap
                + "; logs go to " + home.resolve("kairos.log") + ". Press Ctrl-C to stop.");
        out.println("Leads are also delivered, signed, to the demo webhook receiver at "
                + webhooks.url(WebhookReceiver.CAMPAIGN) + ", which prints a WEBHOOK line for each.");

        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("kairos-stop").unstarted(() -> {
            out.println("Stopping Kairos ...");
            try {
                printer.close();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            services.close();
            webhooks.close();
            feeds.close();
            broker.close();
            out.println("Kairos stopped.");
        }));
    }

    /** The services' properties plus what the publisher needs to deliver the demo's leads to the receiver. */
    static Map<String, Object> properties(WebhookReceiver webhooks, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putAll(webhooks.publisherProperties());
        return all;
    }

    /**
     * The publisher's clock speed in the demo: {@value #DEMO_CLOCK_SPEED} (a day a minute), unless
     * {@code -Dtrigger.publisher.clock-speed} says otherwise (1 is real time).
     */
    static String demoClockSpeed() {
        return System.getProperty("trigger.publisher.clock-speed", DEMO_CLOCK_SPEED);
    }

    static final String DEMO_CLOCK_SPEED = "1440";

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Path extract(String resource, Path target) {
        try (InputStream in = LocalKairos.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
