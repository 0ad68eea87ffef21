package dev.kairos.ingest.detect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerDetails;
import org.jspecify.annotations.Nullable;

/** Finds buying triggers in a headline and its first sentence. Immutable and thread-safe. */
public final class TriggerDetector {

    private static final Pattern FUNDING = Pattern.compile(
            "^(?<company>[A-Z][\\w.&'-]*(?: [A-Z0-9][\\w.&'-]*){0,4}) (?:raises|raised|secures|closes|lands|nabs|bags)"
                    + " (?<amount>(?:US)?[$€£][\\d.,]+ ?(?:[mbk]|mn|bn|million|billion)?)?(?<rest>.*)$");

    private static final Pattern ROUND = Pattern.compile(
            "(?i)\\b(pre-seed|seed|series ([a-j])|growth|debt)\\b");

    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)(?<symbol>[$€£])(?<number>\\d+(?:[.,]\\d+)?) ?(?<scale>[mbk]|mn|bn|million|billion)?\\b");

    public List<Detection> detect(String title, @Nullable String text) {
        List<Detection> found = new ArrayList<>();
        Matcher funding = FUNDING.matcher(title.strip());
        if (funding.matches()) {
            String rest = title;
            Matcher round = ROUND.matcher(rest);
            String roundName = round.find() ? roundOf(round) : "UNKNOWN";
            Matcher amount = AMOUNT.matcher(rest);
            BigDecimal value = null;
            Currency currency = null;
            if (amount.find()) {
                value = amountOf(amount);
                currency = currencyOf(amount.group("symbol"));
            }
            double confidence = value != null && !roundName.equals("UNKNOWN") ? 0.9 : 0.75;
            found.add(new Detection(funding.group("company"),
                    new TriggerDetails.Funding(roundName, value, currency, List.of()), confidence));
        }
        return found;
    }

    private static String roundOf(Matcher round) {
        String name = round.group(1).toLowerCase(Locale.ROOT);
        if (round.group(2) != null) {
            return "SERIES_" + round.group(2).toUpperCase(Locale.ROOT);
        }
        return switch (name) {
            case "pre-seed" -> "PRE_SEED";
            case "seed" -> "SEED";
            case "growth" -> "GROWTH";
            default -> "DEBT";
        };
    }

    private static BigDecimal amountOf(Matcher amount) {
        BigDecimal number = new BigDecimal(amount.group("number").replace(',', '.'));
        String scale = amount.group("scale") == null ? "" : amount.group("scale").toLowerCase(Locale.ROOT);
        BigDecimal factor = switch (scale) {
            case "k" -> BigDecimal.valueOf(1_000);
            case "m", "mn", "million" -> BigDecimal.valueOf(1_000_000);
            case "b", "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.ONE;
        };
        // whole units, as the contract says: "$4.5M" is 4500000
        return number.multiply(factor).setScale(0, RoundingMode.HALF_UP);
    }

    private static Currency currencyOf(String symbol) {
        return Currency.getInstance(switch (symbol) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> "USD";
        });
    }
}
