/**
 * What every Kairos service runs the same way, switched on by Spring Boot auto-configuration: API security, the
 * {@code api.audit} trail and Kafka health.
 */
@NullMarked
package dev.kairos.service;

import org.jspecify.annotations.NullMarked;
