package dev.kairos.events;

/** Where an account stands with us: a prospect to win, or a customer to renew, grow or keep. */
public enum AccountStatus {
    PROSPECT, CUSTOMER
}
