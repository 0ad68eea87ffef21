package dev.kairos.matcher.account;

import static java.util.Objects.requireNonNull;

import java.util.List;

import dev.kairos.events.Account;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.Ranges;
import org.jspecify.annotations.Nullable;

/**
 * What {@link AccountLookup} found for one company.
 *
 * @param outcome matched, no account, or refused as ambiguous
 * @param account the account, when matched
 * @param method how it was matched, when matched
 * @param score how sure the match is, in [0, 1]; 0 when not matched
 * @param matchedText the domain, name or alias of the account that the company matched
 * @param candidates the ids of the accounts it could not choose between, when ambiguous
 */
public record AccountMatch(Outcome outcome, @Nullable Account account, @Nullable MatchMethod method, double score,
        @Nullable String matchedText, List<String> candidates) {

    public enum Outcome {
        MATCHED, NO_ACCOUNT, AMBIGUOUS
    }

    public AccountMatch {
        requireNonNull(outcome, "outcome");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        if (outcome == Outcome.MATCHED && (account == null || method == null)) {
            throw new IllegalArgumentException("a match needs an account and a method");
        }
        Ranges.requireFraction(score, "score");
    }

    public static AccountMatch matched(Account account, MatchMethod method, double score, String matchedText) {
        return new AccountMatch(Outcome.MATCHED, account, method, score, matchedText, List.of());
    }

    public static AccountMatch none() {
        return new AccountMatch(Outcome.NO_ACCOUNT, null, null, 0, null, List.of());
    }

    public static AccountMatch ambiguous(List<String> candidateIds) {
        return new AccountMatch(Outcome.AMBIGUOUS, null, null, 0, null, candidateIds);
    }

    public boolean isMatched() {
        return outcome == Outcome.MATCHED;
    }
}
