package dev.kairos.events;

/** How an event's company was tied to an account. */
public enum MatchMethod {
    DOMAIN, NAME, ALIAS
}
