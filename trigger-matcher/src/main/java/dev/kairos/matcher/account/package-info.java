/**
 * CRM accounts: the CSV import and REST API onto crm.accounts, the in-memory index every instance builds from it, and
 * the account matcher (domain, name or alias, fuzzy name).
 */
@NullMarked
package dev.kairos.matcher.account;

import org.jspecify.annotations.NullMarked;
