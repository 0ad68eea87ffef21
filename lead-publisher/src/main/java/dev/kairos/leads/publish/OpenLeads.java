package dev.kairos.leads.publish;

import java.util.List;

/**
 * The open leads of one account and rule, oldest first: usually one; more when a trigger came outside the cooldown of
 * a lead that is still ageing.
 *
 * @param leads each open lead's state
 */
record OpenLeads(List<LeadState> leads) {

    OpenLeads {
        leads = List.copyOf(leads);
    }
}
