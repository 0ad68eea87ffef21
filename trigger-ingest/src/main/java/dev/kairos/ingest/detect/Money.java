package dev.kairos.ingest.detect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Amounts of money as news writes them ("$4.5M", "US$10m", "€20 million", "1.2 bln dlrs", "EUR 20 million"), in
 * whole units with an ISO-4217 currency.
 */
record Money(BigDecimal amount, Currency currency, int start, int end) {

    /** How deal headlines write an amount's scale after it: "$40 million", "€1.2B", "£300m", "45 mln". */
    static final String SCALE_WORD = "(?:million|billion|bln|mln|mn|bn|m|b)";

    /** An amount with its currency first, as the finders' phrases read it: "$40 million", "€1.2B", "£300m". */
    static final String AMOUNT = "[$€£][\\d.,]+ ?" + SCALE_WORD + "?";

    /** An amount as wire services write it, its currency after it if at all: "45 mln", "1.2 billion". */
    static final String WIRE_AMOUNT = "[\\d.,]+ (?:million|billion|bln|mln)";

    private static final String NUMBER = "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

    private static final String SCALE = "(?:[ -]?(?<scale>thousand|million|billion|trillion|mln|bln|mn|bn|tn|crore|"
            + "lakh|k|m|b|mm)\\b)?";

    private static final Pattern PREFIXED = Pattern.compile("(?<![\\w$€£¥₹])(?<symbol>US\\$|USD ?|U\\.S\\. ?\\$|"
            + "C\\$|CA\\$|CAD ?|A\\$|AU\\$|AUD ?|S\\$|SGD ?|NZ\\$|HK\\$|R\\$|\\$|€|EUR ?|£|GBP ?"
            + "|¥|JPY ?|₹|INR ?|Rs\\.? ?"
            + "|CHF ?|SEK ?|NOK ?|DKK ?|CNY ?|RMB ?)" + NUMBER + SCALE, Pattern.CASE_INSENSITIVE);

    private static final Pattern SUFFIXED = Pattern.compile("(?<![\\w$€£.,])" + NUMBER + SCALE
            + "[ -]?(?<symbol>dollars|dlrs|usd|euros?|eur|pounds(?: sterling)?|gbp|yen|rupees|swiss francs|francs|"
            + "chf|sek|kronor|krona|nok|dkk|yuan|rmb|cny|inr|won|krw)\\b", Pattern.CASE_INSENSITIVE);

    /** The longest currency written before a number, with its space: "U.S. $". */
    private static final int CURRENCY_BEFORE = 8;

    private static final Pattern AMOUNT_START = Pattern.compile(
            "(?:US\\$|C\\$|A\\$|S\\$|HK\\$|\\$|€|£|¥|₹)\\d.*", Pattern.CASE_INSENSITIVE);

    /** The first amount of money in {@code text} at or after {@code from}, or null. */
    static @Nullable Money find(String text, int from) {
        Money prefixed = first(PREFIXED, CURRENCY_BEFORE, text, from);
        Money suffixed = first(SUFFIXED, 0, text, from);
        if (prefixed == null) {
            return suffixed;
        }
        if (suffixed == null) {
            return prefixed;
        }
        return prefixed.start() <= suffixed.start() ? prefixed : suffixed;
    }

    /** Where the first digit at or after {@code from} stands, or -1. */
    private static int firstDigit(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a word starts with an amount: "$4M", "€20". A word that starts with no currency sign starts with a
     * dollar of a country ("US$", "C$"), so holds a "$": most words, asked whether they are names, hold none.
     */
    static boolean startsAmount(String word) {
        return !word.isEmpty() && "$€£¥₹".indexOf(word.charAt(0)) >= 0
                || word.length() > 2 && word.indexOf('$') > 0 && AMOUNT_START.matcher(word).matches();
    }

    /** A price per share, per month or per seat is not the size of a deal. */
    private static final Pattern PER_UNIT = Pattern.compile(
            " ?(?:a|per|each|/) ?(?:share|month|year|hour|user|seat|ton|tonne|barrel|unit|kg|mwh|kwh)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The leftmost amount of {@code pattern} at or after {@code from}. An amount starts with its number or, where
     * {@code lead} is not 0, with a currency at most {@code lead} characters before it ("U.S. $"), so only those
     * positions are tried: a search from every position tried every currency at each of them, most of the cost of
     * detection's money.
     */
    private static @Nullable Money first(Pattern pattern, int lead, String text, int from) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int start = Math.max(0, from);
        while (start <= text.length()) {
            int digit = firstDigit(text, start);
            if (digit < 0) {
                return null;
            }
            int next = digit + 1;
            if (digit > 0 && isAsciiDigit(text.charAt(digit - 1))) {
                // the number began before this digit ("2024" is tried at its "2" only), and no currency ends in one
                start = next;
                continue;
            }
            // a currency before the number ends right before its first digit: where no currency's last character
            // stands there, none of the positions before the digit can start an amount; and one that starts with a
            // currency does not start at the digit
            int earliest = lead > 0 && digit > 0 && endsCurrency(text.charAt(digit - 1)) ? digit - lead : digit;
            int latest = lead > 0 ? digit - 1 : digit;
            for (int candidate = Math.max(start, earliest); candidate <= latest; candidate++) {
                if (matcher.region(candidate, text.length()).lookingAt()) {
                    Money money = of(matcher);
                    if (money != null && !PER_UNIT.matcher(text).region(matcher.end(), text.length()).lookingAt()) {
                        return money;
                    }
                    next = Math.max(matcher.end(), candidate + 1);
                    break;
                }
            }
            start = next;
        }
        return null;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The last characters of the currencies of {@link #PREFIXED}, in upper case: "$", "USD", "USD ", "Rs.". */
    private static final String CURRENCY_ENDS = "$€£¥₹ DRPYS.FKB";

    /** Whether a currency written before a number can end with this character (case-insensitive, as PREFIXED is). */
    private static boolean endsCurrency(char c) {
        char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
        return CURRENCY_ENDS.indexOf(upper) >= 0;
    }

    private static @Nullable Money of(Matcher matcher) {
        String number = matcher.group("number").replace(",", "");
        String scale = matcher.group("scale") == null ? "" : matcher.group("scale").toLowerCase(Locale.ROOT);
        String symbol = matcher.group("symbol").strip().toUpperCase(Locale.ROOT);
        if (scale.isEmpty() && number.length() <= 2 && !number.contains(".")) {
            // "$5" on its own is a price, not a deal or a round
            return null;
        }
        BigDecimal factor = switch (scale) {
            case "k", "thousand" -> BigDecimal.valueOf(1_000);
            case "lakh" -> BigDecimal.valueOf(100_000);
            case "m", "mn", "mln", "million", "mm" -> BigDecimal.valueOf(1_000_000);
            case "crore" -> BigDecimal.valueOf(10_000_000);
            case "b", "bn", "bln", "billion" -> BigDecimal.valueOf(1_000_000_000);
            case "tn", "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> BigDecimal.ONE;
        };
        Currency currency = currencyOf(symbol);
        if (currency == null) {
            return null;
        }
        // whole units, as the contract says: "$4.5M" is 4500000
        BigDecimal amount = new BigDecimal(number).multiply(factor).setScale(0, RoundingMode.HALF_UP);
        return new Money(amount, currency, matcher.start(), matcher.end());
    }

    private static @Nullable Currency currencyOf(String symbol) {
        String code = switch (symbol) {
            case "$", "US$", "USD", "U.S.$", "U.S. $", "DOLLARS", "DLRS" -> "USD";
            case "€", "EUR", "EURO", "EUROS" -> "EUR";
            case "£", "GBP", "POUNDS", "POUNDS STERLING" -> "GBP";
            case "¥", "JPY", "YEN" -> "JPY";
            case "₹", "INR", "RS", "RS.", "RUPEES" -> "INR";
            case "C$", "CA$", "CAD" -> "CAD";
            case "A$", "AU$", "AUD" -> "AUD";
            case "S$", "SGD" -> "SGD";
            case "NZ$" -> "NZD";
            case "HK$" -> "HKD";
            case "R$" -> "BRL";
            case "CHF", "SWISS FRANCS", "FRANCS" -> "CHF";
            case "SEK", "KRONOR", "KRONA" -> "SEK";
            case "NOK" -> "NOK";
            case "DKK" -> "DKK";
            case "CNY", "RMB", "YUAN" -> "CNY";
            case "WON", "KRW" -> "KRW";
            default -> null;
        };
        return code == null ? null : Currency.getInstance(code);
    }
}
