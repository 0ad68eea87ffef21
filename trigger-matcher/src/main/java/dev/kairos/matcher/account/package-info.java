/** CRM accounts: the CSV import onto crm.accounts and the index of names, aliases and domains the matcher looks events up in. */
@NullMarked
package dev.kairos.matcher.account;

import org.jspecify.annotations.NullMarked;
