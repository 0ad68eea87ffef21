package dev.kairos.events;

import java.util.List;

/** Every topic of Kairos. Names are part of the public interface. */
public final class Topics {

    public static final Topic<String, TriggerEvent> TRIGGER_EVENTS = new Topic<>("trigger.events", String.class,
            TriggerEvent.class, false);

    public static final Topic<String, Account> CRM_ACCOUNTS = new Topic<>("crm.accounts", String.class,
            Account.class, true);

    public static final Topic<String, TriggerRule> TRIGGER_RULES = new Topic<>("trigger.rules", String.class,
            TriggerRule.class, true);

    public static final Topic<String, Source> INGEST_SOURCES = new Topic<>("ingest.sources", String.class,
            Source.class, true);

    public static final Topic<String, TriggerMatch> TRIGGER_MATCHES = new Topic<>("trigger.matches", String.class,
            TriggerMatch.class, false);

    public static final Topic<String, Lead> LEADS = new Topic<>("leads", String.class, Lead.class, false);

    /**
     * Name of trigger-ingest's own compacted record of the items it has read, keyed by source id and item key. Only a
     * name: its value type is internal to trigger-ingest and not a contract, so it is not in {@link #ALL}.
     */
    public static final String INGEST_SEEN = "ingest.seen";

    /** Every topic whose values are contracts, each with a JSON Schema. */
    public static final List<Topic<String, ?>> ALL = List.of(TRIGGER_EVENTS, CRM_ACCOUNTS, TRIGGER_RULES,
            INGEST_SOURCES, TRIGGER_MATCHES, LEADS);

    private Topics() {
    }
}
