package dev.kairos.service.security;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Reports invalid settings by the names they are written with ({@code trigger.ingest.poll-interval}, where Spring
 * Boot says {@code pollInterval} for a record), and without their values: a "malformed hash" is often the key itself,
 * pasted in the wrong place, and start-up failures end up in logs.
 */
final class InvalidSettingsFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException>
        implements Ordered {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        StringBuilder description = new StringBuilder("Invalid settings (values not shown):");
        for (ObjectError error : cause.getValidationErrors().getAllErrors()) {
            String property = error instanceof FieldError field
                    ? field.getObjectName() + "." + kebab(field.getField()) : error.getObjectName();
            description.append("%n    Property: %s%n    Reason: %s".formatted(property, error.getDefaultMessage()));
        }
        return new FailureAnalysis(description.toString(),
                "Correct the properties named above; each module's page in docs/ describes its settings.", cause);
    }

    static String kebab(String field) {
        Matcher camel = CAMEL.matcher(field);
        return camel.replaceAll(match -> match.group(1) + "-" + match.group(2).toLowerCase(Locale.ROOT));
    }

    /** Before Spring Boot's own analyzer, which would print the values. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
