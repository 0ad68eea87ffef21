package dev.kairos.events;

/** The kinds of buying trigger Kairos detects; see the trigger taxonomy for what each one means. */
public enum TriggerType {
    FUNDING_ROUND, ACQUISITION, EXECUTIVE_HIRE, LEADERSHIP_DEPARTURE, IPO, LAYOFFS, EXPANSION, PRODUCT_LAUNCH,
    PARTNERSHIP
}
