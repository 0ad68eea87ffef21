package dev.kairos.matcher.account;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.kairos.events.Account;
import dev.kairos.events.Topics;
import dev.kairos.matcher.MatcherProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the configured CRM CSV onto {@code crm.accounts} once at start-up. Re-importing is harmless: the topic is
 * compacted by account id, and the index only changes where an account did.
 */
@Component
public class CrmCsvImport implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CrmCsvImport.class);

    private final MatcherProperties properties;

    private final KafkaTemplate<String, Account> kafka;

    private final MeterRegistry meters;

    private volatile boolean running;

    private volatile int imported;

    CrmCsvImport(MatcherProperties properties, KafkaTemplate<String, Account> kafka, MeterRegistry meters) {
        this.properties = properties;
        this.kafka = kafka;
        this.meters = meters;
    }

    @Override
    public void start() {
        running = true;
        Path file = properties.crmImport().file();
        if (file != null) {
            importFile(file);
        }
    }

    /** How many accounts the last import wrote. */
    public int imported() {
        return imported;
    }

    void importFile(Path file) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        List<CsvAccounts.Problem> problems = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvAccounts.read(reader,
                    account -> sends.add(kafka.send(Topics.CRM_ACCOUNTS.name(), account.accountId(), account)),
                    problems::add);
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot import the CRM file " + file + ": " + ex.getMessage(), ex);
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        problems.forEach(problem -> log.warn("Skipped a row of {}: {}", file, problem));
        meters.counter("kairos.matcher.crm.import.rows", "outcome", "imported").increment(sends.size());
        meters.counter("kairos.matcher.crm.import.rows", "outcome", "skipped").increment(problems.size());
        imported = sends.size();
        log.info("Imported {} accounts from {} ({} rows skipped)", sends.size(), file, problems.size());
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
