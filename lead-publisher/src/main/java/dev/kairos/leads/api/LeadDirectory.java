package dev.kairos.leads.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;

import dev.kairos.events.Json;
import dev.kairos.leads.publish.LeadHistory;
import org.apache.kafka.streams.state.HostInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Answers the read API for all instances of the publisher together: each instance holds the leads of the partitions
 * it owns, so a list is gathered from every instance and merged, and a lead not held here is asked of every other
 * instance. An answer is given only when every partition the stream metadata knows was read, each exactly once;
 * otherwise the store counts as unavailable (503), never as a silently partial answer.
 */
@Component
class LeadDirectory {

    private static final Logger log = LoggerFactory.getLogger(LeadDirectory.class);

    private final LeadStore store;

    private final PeerClient peers;

    LeadDirectory(LeadStore store, PeerClient peers) {
        this.store = store;
        this.peers = peers;
    }

    /** The query's page over the leads of all instances. */
    LeadPage list(LeadQuery query, String pathAndQuery, HttpHeaders headers) {
        LeadStore.Owners owners = owners();
        Map<HostInfo, CompletableFuture<PeerClient.Answer>> asked = ask(owners, pathAndQuery, headers);
        LeadStore.Local<LeadQuery.LeadWindow> local = store.select(query);
        List<LeadQuery.LeadWindow> windows = new ArrayList<>(List.of(local.value()));
        List<String> missing = new ArrayList<>();
        requireOwn(owners, local.partitions(), missing);
        asked.forEach((host, pending) -> {
            PeerClient.Answer answer = pending.join();
            SortedSet<Integer> expected = owners.of(host);
            PeerClient.Outcome outcome = judge(answer, expected, HttpStatus.OK.value());
            LeadQuery.LeadWindow window = null;
            if (outcome == PeerClient.Outcome.ANSWERED) {
                window = window(answer);
                if (window == null) {
                    outcome = PeerClient.Outcome.FAILED;
                }
            }
            peers.count(outcome);
            if (window != null) {
                windows.add(window);
            }
            else {
                missing.add(why(answer, expected, outcome));
            }
        });
        if (!missing.isEmpty()) {
            throw unavailable(missing);
        }
        return query.page(query.merge(windows));
    }

    /**
     * Every revision of a lead, wherever it is. A lead id does not say which partition holds the lead (the store is
     * partitioned by account), so no instance can be picked from the key: this instance looks first, then asks all
     * others at once.
     */
    Optional<LeadHistory> find(String leadId, String pathAndQuery, HttpHeaders headers) {
        LeadStore.Owners owners = owners();
        LeadStore.Local<Optional<LeadHistory>> local = store.find(leadId);
        if (local.value().isPresent()) {
            // all revisions of a lead lie in one partition: finding it anywhere is the complete answer
            return local.value();
        }
        List<String> missing = new ArrayList<>();
        requireOwn(owners, local.partitions(), missing);
        Optional<LeadHistory> found = Optional.empty();
        for (Map.Entry<HostInfo, CompletableFuture<PeerClient.Answer>> asked : ask(owners, pathAndQuery, headers)
            .entrySet()) {
            PeerClient.Answer answer = asked.getValue().join();
            SortedSet<Integer> expected = owners.of(asked.getKey());
            PeerClient.Outcome outcome = answer.status() == HttpStatus.OK.value() && answer.partitions() != null
                    ? PeerClient.Outcome.ANSWERED : judge(answer, expected, HttpStatus.NOT_FOUND.value());
            if (answer.status() == HttpStatus.OK.value() && outcome == PeerClient.Outcome.ANSWERED) {
                LeadHistory history = read(answer.body(), LeadHistory.class);
                if (history == null || !history.leadId().equals(leadId)) {
                    outcome = PeerClient.Outcome.FAILED;
                }
                else {
                    found = Optional.of(history);
                }
            }
            peers.count(outcome);
            if (outcome != PeerClient.Outcome.ANSWERED) {
                missing.add(why(answer, expected, outcome));
            }
        }
        if (found.isPresent()) {
            return found;
        }
        if (!missing.isEmpty()) {
            throw unavailable(missing);
        }
        return Optional.empty();
    }

    private LeadStore.Owners owners() {
        LeadStore.Owners owners = store.owners();
        if (owners.overlapping()) {
            throw new LeadStore.StoreUnavailableException("the instances of the publisher are between two assignments "
                    + "of partitions: " + owners.byHost());
        }
        return owners;
    }

    private Map<HostInfo, CompletableFuture<PeerClient.Answer>> ask(LeadStore.Owners owners, String pathAndQuery,
            HttpHeaders headers) {
        Map<HostInfo, CompletableFuture<PeerClient.Answer>> asked = new LinkedHashMap<>();
        for (HostInfo other : owners.others()) {
            asked.put(other, peers.forward(other, owners.self(), pathAndQuery, headers));
        }
        return asked;
    }

    private static void requireOwn(LeadStore.Owners owners, SortedSet<Integer> read, List<String> missing) {
        SortedSet<Integer> own = owners.of(owners.self());
        if (!own.equals(read)) {
            missing.add("this instance read partitions " + read + " but owns " + own);
        }
    }

    /** An answer of the wanted status that covers exactly the partitions the instance owns counts. */
    private static PeerClient.Outcome judge(PeerClient.Answer answer, SortedSet<Integer> expected, int wanted) {
        if (answer.status() == 0) {
            return PeerClient.Outcome.UNREACHABLE;
        }
        if (answer.status() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return PeerClient.Outcome.UNAVAILABLE;
        }
        if (answer.status() != wanted || answer.partitions() == null) {
            return PeerClient.Outcome.FAILED;
        }
        return answer.partitions().equals(expected) ? PeerClient.Outcome.ANSWERED : PeerClient.Outcome.STALE;
    }

    private static LeadQuery.@Nullable LeadWindow window(PeerClient.Answer answer) {
        LeadPage page = read(answer.body(), LeadPage.class);
        return page == null ? null : new LeadQuery.LeadWindow(page.items(), page.total());
    }

    private static <T> @Nullable T read(String body, Class<T> type) {
        try {
            return Json.read(body, type);
        }
        catch (RuntimeException ex) {
            log.debug("Unreadable answer of another publisher instance: {}", ex.toString());
            return null;
        }
    }

    private static String why(PeerClient.Answer answer, SortedSet<Integer> expected, PeerClient.Outcome outcome) {
        String instance = "instance " + answer.host().host() + ":" + answer.host().port() + " (partitions "
                + expected + ")";
        String why = switch (outcome) {
            case UNREACHABLE -> instance + " did not answer: " + answer.failure();
            case UNAVAILABLE -> instance + " is not ready";
            case STALE -> instance + " answered for partitions " + answer.partitions() + ": they are moving";
            case FAILED -> instance + " answered HTTP " + answer.status() + " that does not serve";
            case ANSWERED -> instance + " answered";
        };
        log.debug("Read API: {}", why);
        return why;
    }

    private static LeadStore.StoreUnavailableException unavailable(List<String> missing) {
        return new LeadStore.StoreUnavailableException(
                "not every partition of the leads could be read: " + String.join("; ", missing));
    }
}
