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

    /** Events the matcher tied to no account, or to several it could not choose between; kept for review. */
    public static final Topic<String, TriggerEvent> TRIGGER_UNMATCHED = new Topic<>("trigger.unmatched",
            String.class, TriggerEvent.class, false);

    /** Every change to a rule, with who made it and the rule before and after. */
    public static final Topic<String, RuleChange> TRIGGER_RULES_AUDIT = new Topic<>("trigger.rules.audit",
            String.class, RuleChange.class, false);

    /** The prefix of the per-campaign lead topics {@code leads.<campaign>}. */
    public static final String LEADS_CAMPAIGN_PREFIX = "leads.";

    /**
     * Name of trigger-ingest's own compacted record of the items it has read, keyed by source id and item key. Only a
     * name: its value type is internal to trigger-ingest and not a contract, so it is not in {@link #ALL}.
     */
    public static final String INGEST_SEEN = "ingest.seen";

    /** Every topic whose values are contracts, each with a JSON Schema. */
    public static final List<Topic<String, ?>> ALL = List.of(TRIGGER_EVENTS, CRM_ACCOUNTS, TRIGGER_RULES,
            INGEST_SOURCES, TRIGGER_MATCHES, LEADS, TRIGGER_UNMATCHED, TRIGGER_RULES_AUDIT);

    /** The per-campaign copy of {@link #LEADS}: {@code leads.<campaign>}, with the same keys and values. */
    public static Topic<String, Lead> leadsOf(String campaign) {
        if (!campaign.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new IllegalArgumentException(
                    "campaign must be lower-case letters, digits and '-' (it names a topic): '" + campaign + "'");
        }
        return new Topic<>(LEADS_CAMPAIGN_PREFIX + campaign, String.class, Lead.class, false);
    }

    private Topics() {
    }
}
