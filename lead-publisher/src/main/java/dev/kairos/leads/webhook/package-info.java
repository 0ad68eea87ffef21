/**
 * Webhook delivery of leads: each lead is POSTed, signed after the Standard Webhooks scheme, to its campaign's
 * endpoint, retried with back-off in per-account order and dead-lettered on {@code leads.dlt} when it cannot be
 * delivered. Endpoints are configured or managed over {@code /api/webhooks}.
 */
@NullMarked
package dev.kairos.leads.webhook;

import org.jspecify.annotations.NullMarked;
