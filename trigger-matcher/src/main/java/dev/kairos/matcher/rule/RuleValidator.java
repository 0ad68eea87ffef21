package dev.kairos.matcher.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kairos.events.Segment;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerType;
import dev.kairos.matcher.rule.InvalidRuleException.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link RuleRequest} into a {@link TriggerRule}, applying defaults, or refuses it naming every field that is
 * wrong: a missing name, a bad id or campaign, segments that overlap or are out of order, conditions that cannot apply
 * to the rule's trigger types, a minimum amount above the maximum.
 */
final class RuleValidator {

    static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    private static final Pattern ROUND = Pattern.compile("[A-Z0-9_]{1,40}");

    private static final Set<TriggerType> AMOUNT_TYPES = Set.of(TriggerType.FUNDING_ROUND, TriggerType.ACQUISITION,
            TriggerType.IPO);

    private static final Set<TriggerType> ROLE_TYPES = Set.of(TriggerType.EXECUTIVE_HIRE,
            TriggerType.LEADERSHIP_DEPARTURE);

    private final double defaultMinConfidence;

    private final Duration defaultCooldown;

    RuleValidator(double defaultMinConfidence, Duration defaultCooldown) {
        this.defaultMinConfidence = defaultMinConfidence;
        this.defaultCooldown = defaultCooldown;
    }

    /**
     * @param pathRuleId the id the path names (PUT, PATCH), or null (POST, preview)
     * @param idRequired whether a rule without an id is refused (a preview may have none)
     */
    TriggerRule validate(@Nullable String pathRuleId, RuleRequest request, boolean idRequired) {
        List<FieldError> errors = new ArrayList<>();
        String ruleId = pathRuleId != null ? pathRuleId : request.ruleId();
        if (pathRuleId != null && request.ruleId() != null && !request.ruleId().equals(pathRuleId)) {
            errors.add(new FieldError("ruleId", "must match the path ('" + pathRuleId + "') or be left out"));
        }
        if (ruleId == null && !idRequired) {
            ruleId = "preview";
        }
        if (ruleId == null || !RULE_ID.matcher(ruleId).matches()) {
            errors.add(new FieldError("ruleId",
                    "must be 1-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        String name = request.name() == null ? null : request.name().strip();
        if (name == null || name.isEmpty()) {
            errors.add(new FieldError("name", "must not be empty"));
        }
        else if (name.length() > 200) {
            errors.add(new FieldError("name", "must be at most 200 characters"));
        }
        double minConfidence = request.minConfidence() == null ? defaultMinConfidence : request.minConfidence();
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            errors.add(new FieldError("minConfidence", "must be between 0 and 1"));
        }
        Duration cooldown = request.cooldown() == null ? defaultCooldown : request.cooldown();
        if (cooldown.isNegative()) {
            errors.add(new FieldError("cooldown", "must not be negative"));
        }
        List<Segment> segments = request.segments() == null ? Segment.DEFAULTS : request.segments();
        checkSegments(segments, errors);
        String campaign = request.campaign();
        if (campaign != null) {
            try {
                Topics.leadsOf(campaign);
            }
            catch (IllegalArgumentException ex) {
                errors.add(new FieldError("campaign",
                        "must be a slug of lower-case letters, digits and '-', at most 100, starting with a letter or "
                                + "digit (it names the topic leads.<campaign>)"));
            }
        }
        Set<TriggerType> types = request.triggerTypes() == null ? Set.of() : request.triggerTypes();
        TriggerRule.Conditions conditions = conditions(request.conditions(), types, errors);
        checkFilter(request.accountFilter(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRuleException(errors);
        }
        return new TriggerRule(TriggerRule.SCHEMA_VERSION, ruleId, name, types,
                request.accountStatuses() == null ? Set.of() : request.accountStatuses(), minConfidence, segments,
                cooldown, request.enabled() == null || request.enabled(), conditions, request.accountFilter(),
                request.priority(), campaign, request.intent(), null, null, null);
    }

    private static void checkSegments(List<Segment> segments, List<FieldError> errors) {
        if (segments.isEmpty()) {
            errors.add(new FieldError("segments", "must name at least one segment"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment == null) {
                errors.add(new FieldError("segments[" + i + "]", "must not be null"));
                return;
            }
            if (segment.name().isBlank()) {
                errors.add(new FieldError("segments[" + i + "].name", "must not be empty"));
            }
            if (!names.add(segment.name())) {
                errors.add(new FieldError("segments[" + i + "].name", "repeats '" + segment.name() + "'"));
            }
            if (i > 0 && segments.get(i - 1) != null && segment.fromDay() <= segments.get(i - 1).toDay()) {
                Segment previous = segments.get(i - 1);
                errors.add(new FieldError("segments[" + i + "]",
                        "days " + segment.fromDay() + "-" + segment.toDay() + " overlap or precede segment '"
                                + previous.name() + "' (" + previous.fromDay() + "-" + previous.toDay()
                                + "): segments go in order of age without overlap"));
            }
        }
    }

    private static TriggerRule.@Nullable Conditions conditions(TriggerRule.@Nullable Conditions conditions,
            Set<TriggerType> types, List<FieldError> errors) {
        if (conditions == null) {
            return null;
        }
        Set<String> rounds = new LinkedHashSet<>();
        for (String round : conditions.rounds()) {
            String normalised = round == null ? "" : RuleEvaluator.normaliseRound(round);
            if (!ROUND.matcher(normalised).matches()) {
                errors.add(new FieldError("conditions.rounds", "'" + round + "' is not a funding round, e.g. SERIES_B"));
            }
            rounds.add(normalised);
        }
        if (!rounds.isEmpty() && excludes(types, Set.of(TriggerType.FUNDING_ROUND))) {
            errors.add(new FieldError("conditions.rounds", "applies only to FUNDING_ROUND, which triggerTypes leaves out"));
        }
        if ((conditions.minAmount() != null || conditions.maxAmount() != null) && excludes(types, AMOUNT_TYPES)) {
            errors.add(new FieldError(conditions.minAmount() != null ? "conditions.minAmount" : "conditions.maxAmount",
                    "applies only to FUNDING_ROUND, ACQUISITION and IPO, which triggerTypes leaves out"));
        }
        if (conditions.minAmount() != null && conditions.maxAmount() != null
                && conditions.minAmount().currency().equals(conditions.maxAmount().currency())
                && conditions.minAmount().value().compareTo(conditions.maxAmount().value()) > 0) {
            errors.add(new FieldError("conditions.minAmount", "is above maxAmount"));
        }
        if (!conditions.roleCategories().isEmpty() && excludes(types, ROLE_TYPES)) {
            errors.add(new FieldError("conditions.roleCategories",
                    "applies only to EXECUTIVE_HIRE and LEADERSHIP_DEPARTURE, which triggerTypes leaves out"));
        }
        TriggerRule.Keywords keywords = conditions.keywords();
        if (keywords != null) {
            checkWords("conditions.keywords.any", keywords.any(), errors);
            checkWords("conditions.keywords.all", keywords.all(), errors);
            checkWords("conditions.keywords.none", keywords.none(), errors);
        }
        return new TriggerRule.Conditions(rounds, conditions.minAmount(), conditions.maxAmount(),
                conditions.roleCategories(), keywords);
    }

    private static boolean excludes(Set<TriggerType> types, Set<TriggerType> needed) {
        return !types.isEmpty() && types.stream().noneMatch(needed::contains);
    }

    private static void checkWords(String field, List<String> words, List<FieldError> errors) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i) == null || words.get(i).isBlank()) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be empty"));
            }
        }
    }

    private static void checkFilter(TriggerRule.@Nullable AccountFilter filter, List<FieldError> errors) {
        if (filter == null || filter.employees() == null) {
            return;
        }
        Long min = filter.employees().min();
        if (min != null && min < 0) {
            errors.add(new FieldError("accountFilter.employees.min", "must not be negative"));
        }
        Long max = filter.employees().max();
        if (max != null && max < 0) {
            errors.add(new FieldError("accountFilter.employees.max", "must not be negative"));
        }
    }
}
