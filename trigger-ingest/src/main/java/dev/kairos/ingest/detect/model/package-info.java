/**
 * The learned part of detection: hashed word and character n-gram features, one calibrated logistic regression per
 * trigger type, and the training that builds it from labelled news.
 */
@NullMarked
package dev.kairos.ingest.detect.model;

import org.jspecify.annotations.NullMarked;
