package dev.kairos.matcher.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Converts amounts between currencies by a configured table of rates to one base currency. It knows no rate it was
 * not given: converting from or to such a currency gives nothing, rather than a guess.
 */
public final class ExchangeRates {

    private final Currency base;

    private final Map<Currency, BigDecimal> rates;

    /**
     * @param base the currency the rates are in
     * @param rates what one unit of each currency is worth in {@code base}
     */
    public ExchangeRates(Currency base, Map<Currency, BigDecimal> rates) {
        this.base = base;
        Map<Currency, BigDecimal> all = new HashMap<>(rates);
        all.forEach((currency, rate) -> {
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("the exchange rate of " + currency + " must be positive: " + rate);
            }
        });
        all.put(base, BigDecimal.ONE);
        this.rates = Map.copyOf(all);
    }

    public static ExchangeRates none() {
        return new ExchangeRates(Currency.getInstance("USD"), Map.of());
    }

    static ExchangeRates of(RuleSettings settings) {
        return new ExchangeRates(settings.baseCurrency(), settings.exchangeRates());
    }

    /** {@code amount} in {@code from}, expressed in {@code to}; empty when a rate is missing. */
    public Optional<BigDecimal> convert(BigDecimal amount, Currency from, Currency to) {
        if (from.equals(to)) {
            return Optional.of(amount);
        }
        BigDecimal fromRate = rates.get(from);
        BigDecimal toRate = rates.get(to);
        if (fromRate == null || toRate == null) {
            return Optional.empty();
        }
        return Optional.of(amount.multiply(fromRate).divide(toRate, MathContext.DECIMAL64));
    }

    public Currency base() {
        return base;
    }
}
