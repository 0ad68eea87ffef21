/** Funding-news pages: a listing page whose article links are followed, and the articles read with CSS selectors. */
@NullMarked
package dev.kairos.ingest.page;

import org.jspecify.annotations.NullMarked;
