package dev.kairos.events;

/** How an event's company was tied to an account, from the surest to the least sure. */
public enum MatchMethod {
    /** the company's domain, or its own site's host, is one of the account's domains */
    DOMAIN,
    /** the normalised name equals the account's name */
    NAME,
    /** the normalised name equals one of the account's aliases */
    ALIAS,
    /** the name is similar enough to one account's name or alias, and to no other */
    FUZZY
}
