package dev.kairos.matcher.account;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

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
 * Writes CRM CSV exports onto {@code crm.accounts}: the configured file once at start-up, and any upload of the REST
 * API. Re-importing is harmless: the topic is compacted by account id.
 */
@Component
public class CrmCsvImport implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CrmCsvImport.class);

    private final MatcherProperties properties;

    private final KafkaTemplate<String, Account> kafka;

    private final AccountIndex index;

    private final MeterRegistry meters;

    private volatile boolean running;

    private volatile AccountImport.Summary last = new AccountImport.Summary(0, 0, 0, java.util.List.of());

    CrmCsvImport(MatcherProperties properties, KafkaTemplate<String, Account> kafka, AccountIndex index,
            MeterRegistry meters) {
        this.properties = properties;
        this.kafka = kafka;
        this.index = index;
        this.meters = meters;
        for (String outcome : new String[] { "accepted", "updated", "rejected" }) {
            meters.counter("kairos.matcher.crm.import.rows", "outcome", outcome);
        }
    }

    @Override
    public void start() {
        running = true;
        Path file = properties.crmImport().file();
        if (file != null) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                AccountImport.Summary summary = importCsv(reader);
                summary.errors().forEach(problem -> log.warn("Skipped a row of {}: {}", file, problem));
                log.info("Imported {}: {} new, {} updated, {} rows skipped", file, summary.accepted(),
                        summary.updated(), summary.rejected());
            }
            catch (IOException ex) {
                throw new IllegalStateException("Cannot import the CRM file " + file + ": " + ex.getMessage(), ex);
            }
        }
    }

    /** How many accounts the last import wrote. */
    public int imported() {
        return (int) (last.accepted() + last.updated());
    }

    /** The counts of the last import. */
    public AccountImport.Summary last() {
        return last;
    }

    /**
     * Imports one CSV, waiting until every account is on the topic.
     *
     * @throws IOException when it cannot be read or has no usable header
     * @throws IllegalStateException when the broker did not take every account
     */
    public AccountImport.Summary importCsv(Reader csv) throws IOException {
        AtomicLong failed = new AtomicLong();
        AccountImport.Summary summary = AccountImport.run(csv, index::contains,
                account -> kafka.send(Topics.CRM_ACCOUNTS.name(), account.accountId(), account)
                    .whenComplete((result, ex) -> {
                        if (ex != null) {
                            failed.incrementAndGet();
                        }
                    }));
        kafka.flush();
        meters.counter("kairos.matcher.crm.import.rows", "outcome", "accepted").increment(summary.accepted());
        meters.counter("kairos.matcher.crm.import.rows", "outcome", "updated").increment(summary.updated());
        meters.counter("kairos.matcher.crm.import.rows", "outcome", "rejected").increment(summary.rejected());
        last = summary;
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " accounts could not be written to crm.accounts");
        }
        return summary;
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
