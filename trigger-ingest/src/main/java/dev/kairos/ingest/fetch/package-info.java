/**
 * Fetching the web safely and politely: every outbound request of ingest goes through {@link dev.kairos.ingest.fetch.Fetcher},
 * which guards against requests to internal addresses, bounds time and size, honours robots.txt for scraped pages and
 * spaces out requests to each host.
 */
@NullMarked
package dev.kairos.ingest.fetch;

import org.jspecify.annotations.NullMarked;
