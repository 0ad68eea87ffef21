package dev.kairos.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.kairos.ingest.IngestApplication;
import dev.kairos.leads.PublisherApplication;
import dev.kairos.matcher.MatcherApplication;
import dev.kairos.matcher.account.AccountIndex;
import dev.kairos.matcher.account.CrmCsvImport;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The three Kairos services started in one JVM against one broker, each in its own Spring context with its own
 * config file. The matcher starts first and ingest last, so that the first events meet the CRM accounts.
 */
public final class KairosServices implements AutoCloseable {

    private static final Duration INDEX_WAIT = Duration.ofSeconds(60);

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    /**
     * What the services need from their environment.
     *
     * @param bootstrapServers the broker
     * @param crmCsv the CRM export to import
     * @param feeds feed id → URL
     * @param stateDir where the Streams apps keep their state
     * @param properties further properties for every service, e.g. ports
     * @param clock the clock of every service; the system clock when null
     */
    public record Settings(String bootstrapServers, Path crmCsv, Map<String, String> feeds, Path stateDir,
            Map<String, Object> properties, @Nullable Clock clock) {
    }

    private KairosServices() {
    }

    public static KairosServices start(Settings settings) {
        KairosServices services = new KairosServices();
        try {
            ConfigurableApplicationContext matcher = services.run(MatcherApplication.builder(), settings,
                    Map.of("trigger.matcher.crm-import.file", settings.crmCsv().toString(),
                            "spring.kafka.streams.state-dir", settings.stateDir().resolve("matcher").toString()));
            awaitAccountIndex(matcher);
            services.run(PublisherApplication.builder(), settings,
                    Map.of("spring.kafka.streams.state-dir", settings.stateDir().resolve("publisher").toString()));
            Map<String, Object> feeds = new HashMap<>();
            Set<String> feedServers = new TreeSet<>();
            int index = 0;
            for (Map.Entry<String, String> feed : settings.feeds().entrySet()) {
                feeds.put("trigger.ingest.sources[" + index + "].id", feed.getKey());
                feeds.put("trigger.ingest.sources[" + index + "].url", feed.getValue());
                URI url = URI.create(feed.getValue());
                if ("127.0.0.1".equals(url.getHost()) && url.getPort() != -1) {
                    feedServers.add("127.0.0.1:" + url.getPort());
                }
                index++;
            }
            // the demo feeds are served on 127.0.0.1, which ingest refuses to fetch unless told otherwise
            feeds.put("trigger.ingest.fetch.allowed-addresses", String.join(",", feedServers));
            services.run(IngestApplication.builder(), settings, feeds);
            return services;
        }
        catch (RuntimeException ex) {
            services.close();
            throw ex;
        }
    }

    private ConfigurableApplicationContext run(SpringApplicationBuilder builder, Settings settings,
            Map<String, Object> own) {
        Map<String, Object> properties = new HashMap<>(settings.properties());
        properties.putAll(own);
        properties.put("spring.kafka.bootstrap-servers", settings.bootstrapServers());
        if (settings.clock() != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("clock", settings.clock()));
        }
        // as command-line arguments, so that they win over each service's own config file
        String[] args = properties.entrySet()
            .stream()
            .map(property -> "--" + property.getKey() + "=" + property.getValue())
            .toArray(String[]::new);
        ConfigurableApplicationContext context = builder.run(args);
        contexts.add(context);
        return context;
    }

    /** Waits until the matcher's global account index holds what the CRM import wrote. */
    private static void awaitAccountIndex(ConfigurableApplicationContext matcher) {
        int imported = matcher.getBean(CrmCsvImport.class).imported();
        AccountIndex index = matcher.getBean(AccountIndex.class);
        Instant deadline = Instant.now().plus(INDEX_WAIT);
        while (index.size() < imported) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The matcher indexed " + index.size() + " keys for " + imported
                        + " imported accounts within " + INDEX_WAIT + "; is the broker healthy?");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the matcher", ex);
        }
    }

    /** The context of one service, e.g. {@code MatcherApplication.class}. */
    public ConfigurableApplicationContext context(Class<?> application) {
        return contexts.stream()
            .filter(context -> context.getBeanNamesForType(application).length > 0)
            .findFirst()
            .orElseThrow();
    }

    /** Stops ingest first and the matcher last: the reverse of start-up. */
    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
        contexts.clear();
    }
}
