package dev.kairos.events;

/** The kind of leadership role an executive hire or departure concerns. */
public enum RoleCategory {
    CEO, CFO, COO, CTO, CIO, CMO, CRO, CPO, CISO, CHRO, PRESIDENT, CHAIR, BOARD, VP_SALES, VP_MARKETING, VP_OTHER,
    GM, OTHER_EXEC
}
