package dev.kairos.matcher.rule;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.kairos.events.Account;
import dev.kairos.events.RoleCategory;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerRule.AccountFilter;
import dev.kairos.events.TriggerRule.Conditions;
import dev.kairos.events.TriggerRule.Keywords;
import dev.kairos.events.TriggerRule.Money;
import org.jspecify.annotations.Nullable;

/**
 * Whether a rule accepts a trigger event for an account: the rule is enabled, names the trigger type and account
 * status, the detection is confident enough, the trigger satisfies the rule's conditions and the account passes its
 * account filter. Pure: the same rule, event and account always give the same answer.
 */
public final class RuleEvaluator {

    /** Keyword patterns by keyword; rules are few and change rarely, so this stays small. */
    private final Map<String, Pattern> keywordPatterns = new ConcurrentHashMap<>();

    private final ExchangeRates rates;

    public RuleEvaluator(ExchangeRates rates) {
        this.rates = rates;
    }

    public boolean accepts(TriggerRule rule, TriggerEvent event, Account account) {
        return rule.appliesTo(event.type(), account.status(), event.confidence())
                && satisfies(rule.conditions(), event) && passes(rule.accountFilter(), account);
    }

    /** Whether the trigger says what the conditions ask; each condition binds only the types carrying its field. */
    boolean satisfies(@Nullable Conditions conditions, TriggerEvent event) {
        if (conditions == null) {
            return true;
        }
        boolean details = switch (event.details()) {
            case TriggerDetails.Funding funding -> roundAccepted(conditions.rounds(), funding.round())
                    && amountAccepted(conditions, funding.amount(), funding.currency());
            case TriggerDetails.Acquisition acquisition ->
                amountAccepted(conditions, acquisition.amount(), acquisition.currency());
            case TriggerDetails.Ipo ipo -> amountAccepted(conditions, ipo.amount(), ipo.currency());
            case TriggerDetails.ExecutiveHire hire -> roleAccepted(conditions.roleCategories(), hire.roleCategory());
            case TriggerDetails.LeadershipDeparture departure ->
                roleAccepted(conditions.roleCategories(), departure.roleCategory());
            case TriggerDetails.Layoffs layoffs -> true;
            case TriggerDetails.Expansion expansion -> true;
            case TriggerDetails.ProductLaunch launch -> true;
            case TriggerDetails.Partnership partnership -> true;
        };
        return details && keywordsAccepted(conditions.keywords(), event);
    }

    private static boolean roundAccepted(Collection<String> rounds, String round) {
        return rounds.isEmpty() || rounds.stream().anyMatch(accepted -> normaliseRound(accepted)
            .equals(normaliseRound(round)));
    }

    /** {@code Series B}, {@code series-b} and {@code SERIES_B} are one round. */
    static String normaliseRound(String round) {
        return round.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private boolean amountAccepted(Conditions conditions, @Nullable BigDecimal amount,
            @Nullable Currency currency) {
        if (conditions.minAmount() == null && conditions.maxAmount() == null) {
            return true;
        }
        if (amount == null || currency == null) {
            return false;
        }
        return atLeast(amount, currency, conditions.minAmount()) && atMost(amount, currency, conditions.maxAmount());
    }

    private boolean atLeast(BigDecimal amount, Currency currency, @Nullable Money min) {
        return min == null || rates.convert(amount, currency, min.currency())
            .map(converted -> converted.compareTo(min.value()) >= 0)
            .orElse(false);
    }

    private boolean atMost(BigDecimal amount, Currency currency, @Nullable Money max) {
        return max == null || rates.convert(amount, currency, max.currency())
            .map(converted -> converted.compareTo(max.value()) <= 0)
            .orElse(false);
    }

    private static boolean roleAccepted(Collection<RoleCategory> accepted, RoleCategory role) {
        return accepted.isEmpty() || accepted.contains(role);
    }

    private boolean keywordsAccepted(@Nullable Keywords keywords, TriggerEvent event) {
        if (keywords == null) {
            return true;
        }
        String snippet = event.evidence().snippet();
        String text = snippet == null ? event.evidence().title() : event.evidence().title() + "\n" + snippet;
        return (keywords.any().isEmpty() || keywords.any().stream().anyMatch(word -> contains(text, word)))
                && keywords.all().stream().allMatch(word -> contains(text, word))
                && keywords.none().stream().noneMatch(word -> contains(text, word));
    }

    /** Whole words or phrases only: {@code AI} is in "bets on AI" but not in "said" or "AIM". */
    private boolean contains(String text, String keyword) {
        Pattern pattern = keywordPatterns.computeIfAbsent(keyword,
                word -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.strip()) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        return pattern.matcher(text).find();
    }

    /** Whether the account passes the filter; an account without a field fails a list that names values for it. */
    static boolean passes(@Nullable AccountFilter filter, Account account) {
        if (filter == null) {
            return true;
        }
        return oneOf(filter.industries(), account.industry()) && oneOf(filter.countries(), account.country())
                && oneOf(filter.regions(), account.region()) && oneOf(filter.tiers(), account.tier())
                && oneOf(filter.owners(), account.owner())
                && (filter.employees() == null
                        || account.employees() != null && filter.employees().contains(account.employees()))
                && (filter.tags().isEmpty() || account.tags().stream().anyMatch(tag -> oneOf(filter.tags(), tag)));
    }

    private static boolean oneOf(List<String> accepted, @Nullable String value) {
        return accepted.isEmpty()
                || value != null && accepted.stream().anyMatch(candidate -> candidate.strip()
                    .equalsIgnoreCase(value.strip()));
    }
}
