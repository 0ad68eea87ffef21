package dev.kairos.leads.api;

import java.util.List;

import dev.kairos.events.Lead;

/**
 * One page of leads, newest first.
 *
 * @param items the leads of this page, each as its latest revision
 * @param page this page's number, from 0
 * @param size the page size asked for
 * @param total how many leads pass the filters in all
 */
record LeadPage(List<Lead> items, int page, int size, long total) {
}
