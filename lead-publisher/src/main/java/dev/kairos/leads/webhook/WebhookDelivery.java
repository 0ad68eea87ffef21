package dev.kairos.leads.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers leads to their campaign's webhook. A lead read from {@code leads} joins its account's queue in the
 * {@value #PENDING} store; a wall-clock punctuation sends the first lead of every account that is due (found through
 * the {@value #DUE} index by next-attempt time), many accounts at once, and on a failure schedules a retry or, when
 * the failure is final or the lead has been tried long enough, forwards the lead with the error in its headers to
 * {@code leads.dlt}. All of it is state in stores with changelogs, committed with the Streams transaction: a restart
 * resends nothing that was committed as delivered and loses nothing pending.
 */
final class WebhookDelivery implements Processor<String, Lead, String, Lead> {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    /** Account id → its leads waiting for delivery. */
    static final String PENDING = "webhook-pending";

    /** {@code <next attempt, epoch millis, 19 digits>|<account id>} → account id: accounts by when they are due. */
    static final String DUE = "webhook-due";

    /** Lead id → the highest revision delivered, so that a lead read twice is not sent twice. */
    static final String DELIVERED = "webhook-delivered";

    /** Campaign → endpoint managed over the REST API (a global table of {@value WebhookEndpoint#TOPIC}). */
    static final String ENDPOINTS = "webhook-endpoints";

    static final String ERROR_HEADER = "kairos-webhook-error";

    static final String ATTEMPTS_HEADER = "kairos-webhook-attempts";

    static final String STATUS_HEADER = "kairos-webhook-status";

    static final String CAMPAIGN_HEADER = "kairos-webhook-campaign";

    static final String ID_HEADER = "kairos-webhook-id";

    private final WebhookProperties settings;

    private final RetryPolicy retry;

    private final WebhookClient client;

    private final Clock clock;

    private final RandomGenerator random;

    private final DeliveryMetrics metrics;

    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    private ProcessorContext<String, Lead> context;

    private KeyValueStore<String, PendingDeliveries> pending;

    private KeyValueStore<String, String> due;

    private KeyValueStore<String, Integer> delivered;

    private ReadOnlyKeyValueStore<String, ?> managed;

    WebhookDelivery(WebhookProperties settings, WebhookClient client, Clock clock, RandomGenerator random,
            DeliveryMetrics metrics) {
        this.settings = settings;
        this.retry = RetryPolicy.of(settings.retry());
        this.client = client;
        this.clock = clock;
        this.random = random;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Lead> context) {
        this.context = context;
        this.pending = context.getStateStore(PENDING);
        this.due = context.getStateStore(DUE);
        this.delivered = context.getStateStore(DELIVERED);
        this.managed = context.getStateStore(ENDPOINTS);
        context.schedule(settings.tick(), PunctuationType.WALL_CLOCK_TIME, timestamp -> deliverDue());
    }

    @Override
    public void process(Record<String, Lead> record) {
        Lead lead = record.value();
        if (lead == null) {
            return;
        }
        String account = record.key() != null ? record.key() : lead.accountId();
        String campaign = lead.campaign() != null ? lead.campaign() : settings.defaultCampaign();
        if (campaign == null || target(campaign).isEmpty()) {
            metrics.unrouted();
            log.debug("Lead {} of account {} has no webhook endpoint (campaign {})", lead.leadId(), account, campaign);
            return;
        }
        Integer done = delivered.get(lead.leadId());
        if (lead.revision() != null && done != null && done >= lead.revision()) {
            log.debug("Lead {} revision {} was delivered already", lead.leadId(), lead.revision());
            return;
        }
        Instant now = clock.instant();
        PendingDelivery delivery = PendingDelivery.of(lead, campaign, now);
        PendingDeliveries queue = pending.get(account);
        if (queue == null) {
            schedule(account, new PendingDeliveries(List.of(delivery), now));
        }
        else if (!queue.holds(delivery.webhookId())) {
            pending.put(account, queue.append(delivery));
        }
    }

    /** Sends the first lead of every due account, round after round, until none is due or the budget is spent. */
    void deliverDue() {
        long budgetEnd = System.nanoTime() + settings.tickBudget().toNanos();
        Instant cutoff = clock.instant();
        while (true) {
            Map<String, PendingDeliveries> round = dueAccounts(cutoff);
            if (round.isEmpty()) {
                break;
            }
            Map<String, Future<WebhookClient.Result>> sent = new LinkedHashMap<>();
            // stores are read on the stream thread only; the senders get everything they need
            round.forEach((account, queue) -> {
                Callable<WebhookClient.Result> request = request(queue.head());
                sent.put(account, senders.submit(request));
            });
            sent.forEach((account, result) -> settle(account, round.get(account), outcome(result), cutoff));
            if (System.nanoTime() - budgetEnd > 0) {
                break;
            }
        }
        refreshGauges();
    }

    private Map<String, PendingDeliveries> dueAccounts(Instant cutoff) {
        Map<String, PendingDeliveries> round = new LinkedHashMap<>();
        try (KeyValueIterator<String, String> entries = due.range(dueKey(Instant.EPOCH, ""),
                String.format("%019d", cutoff.toEpochMilli() + 1))) {
            while (entries.hasNext() && round.size() < settings.maxConcurrent()) {
                KeyValue<String, String> entry = entries.next();
                PendingDeliveries queue = pending.get(entry.value);
                if (queue == null) {
                    // cannot happen while both stores change together; heal rather than loop on it
                    due.delete(entry.key);
                    continue;
                }
                round.put(entry.value, queue);
            }
        }
        return round;
    }

    /** The request that delivers {@code delivery}, to be run off the stream thread. */
    private Callable<WebhookClient.Result> request(PendingDelivery delivery) {
        Optional<Target> target = target(delivery.campaign());
        if (target.isEmpty()) {
            return () -> WebhookClient.Result.permanent(0,
                    "no webhook endpoint for campaign " + delivery.campaign() + " any more");
        }
        WebhookSigner signer;
        try {
            signer = new WebhookSigner(target.get().secret());
        }
        catch (IllegalArgumentException ex) {
            return () -> WebhookClient.Result.permanent(0, "the endpoint's secret is unusable: " + ex.getMessage());
        }
        URI url = target.get().url();
        byte[] body = Json.mapper().writeValueAsBytes(delivery.lead());
        return () -> client.send(url, signer, delivery.webhookId(), body);
    }

    private static WebhookClient.Result outcome(Future<WebhookClient.Result> result) {
        try {
            return result.get();
        }
        catch (ExecutionException ex) {
            return WebhookClient.Result.retry(0, "cannot send: " + ex.getCause(), null);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return WebhookClient.Result.retry(0, "interrupted", null);
        }
    }

    private void settle(String account, PendingDeliveries queue, WebhookClient.Result result, Instant cutoff) {
        Instant now = clock.instant();
        PendingDelivery head = queue.head();
        due.delete(dueKey(queue.nextAttemptAt(), account));
        List<PendingDelivery> rest = queue.queue().subList(1, queue.queue().size());
        switch (result.outcome()) {
            case DELIVERED -> {
                metrics.delivered();
                if (head.lead().status() == Lead.Status.EXPIRED) {
                    // a lead's last revision: nothing of it comes any more, so its entry would only take room
                    delivered.delete(head.lead().leadId());
                }
                else if (head.lead().revision() != null) {
                    delivered.put(head.lead().leadId(), head.lead().revision());
                }
                log.debug("Delivered lead {} to campaign {}", head.webhookId(), head.campaign());
            }
            case RETRY -> {
                PendingDelivery failed = head.failed(now, result.error());
                Instant next = retry.next(failed.attempts(), failed.firstAttemptAt(), now, result.retryAfter(), random);
                if (next != null) {
                    metrics.retried();
                    // the first failure of a lead is worth a line; the retries are counted, not logged each
                    if (failed.attempts() == 1) {
                        log.info("Webhook delivery of lead {} to campaign {} failed ({}); retrying until {}",
                                head.webhookId(), head.campaign(), result.error(),
                                failed.firstAttemptAt().plus(settings.retry().giveUpAfter()));
                    }
                    else {
                        log.debug("Webhook delivery of lead {} to campaign {} failed ({}, attempt {}); next at {}",
                                head.webhookId(), head.campaign(), result.error(), failed.attempts(), next);
                    }
                    List<PendingDelivery> retried = new ArrayList<>(queue.queue());
                    retried.set(0, failed);
                    schedule(account, new PendingDeliveries(retried, next));
                    return;
                }
                deadLetter(account, failed, result.status());
            }
            case PERMANENT -> deadLetter(account, head.failed(now, result.error()), result.status());
        }
        if (rest.isEmpty()) {
            pending.delete(account);
        }
        else {
            // the next lead of the account is due at once: within this punctuation's next round
            schedule(account, new PendingDeliveries(rest, cutoff));
        }
    }

    private void deadLetter(String account, PendingDelivery failed, int status) {
        metrics.failed();
        log.warn("Webhook delivery of lead {} to campaign {} given up after {} attempts: {}; it is on leads.dlt",
                failed.webhookId(), failed.campaign(), failed.attempts(), failed.lastError());
        RecordHeaders headers = new RecordHeaders();
        headers.add(ERROR_HEADER, utf8(String.valueOf(failed.lastError())));
        headers.add(ATTEMPTS_HEADER, utf8(Integer.toString(failed.attempts())));
        headers.add(STATUS_HEADER, utf8(Integer.toString(status)));
        headers.add(CAMPAIGN_HEADER, utf8(failed.campaign()));
        headers.add(ID_HEADER, utf8(failed.webhookId()));
        context.forward(new Record<>(account, failed.lead(), clock.millis(), headers));
    }

    private void schedule(String account, PendingDeliveries queue) {
        pending.put(account, queue);
        due.put(dueKey(queue.nextAttemptAt(), account), account);
    }

    static String dueKey(Instant at, String account) {
        return String.format("%019d|%s", at.toEpochMilli(), account);
    }

    private void refreshGauges() {
        long retryWaiting = 0;
        Instant oldest = null;
        try (KeyValueIterator<String, PendingDeliveries> entries = pending.all()) {
            while (entries.hasNext()) {
                PendingDeliveries queue = entries.next().value;
                if (queue.head().attempts() > 0) {
                    retryWaiting += queue.queue().size();
                }
                Instant enqueued = queue.head().enqueuedAt();
                if (oldest == null || enqueued.isBefore(oldest)) {
                    oldest = enqueued;
                }
            }
        }
        metrics.snapshot(context.taskId().toString(), retryWaiting, oldest);
    }

    private Optional<Target> target(String campaign) {
        Object value = managed.get(campaign);
        if (value instanceof ValueAndTimestamp<?> timestamped) {
            value = timestamped.value();
        }
        if (value instanceof WebhookEndpoint endpoint) {
            return Optional.of(new Target(endpoint.url(), endpoint.secret()));
        }
        WebhookProperties.Endpoint configured = settings.endpoints().get(campaign);
        return configured == null ? Optional.empty() : Optional.of(new Target(configured.url(), configured.secret()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        senders.shutdownNow();
        if (context != null) {
            metrics.forget(context.taskId().toString());
        }
    }

    /** Where a campaign's leads go. */
    private record Target(URI url, String secret) {

        @Override
        public String toString() {
            return "Target[url=" + url + "]";
        }
    }
}
