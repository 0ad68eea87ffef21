package dev.kairos.matcher.rule;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of trigger rules.
 *
 * @param baseCurrency the currency the exchange rates are given in
 * @param exchangeRates what one unit of each currency is worth in the base currency, e.g. {@code EUR: 1.08}; an amount
 *     in a currency without a rate does not satisfy a condition in another currency
 * @param previewDays how many days of past events a preview reads when the request names none
 * @param previewMaxDays the most days a preview may read
 * @param writeTimeout how long a rule change waits for the broker
 */
@ConfigurationProperties("trigger.matcher.rules")
@Validated
public record RuleSettings(@DefaultValue("USD") Currency baseCurrency, Map<Currency, BigDecimal> exchangeRates,
        @DefaultValue("90") @Min(1) int previewDays, @DefaultValue("365") @Min(1) @Max(3650) int previewMaxDays,
        @DefaultValue("PT10S") Duration writeTimeout) {

    public RuleSettings {
        exchangeRates = exchangeRates == null ? Map.of() : Map.copyOf(exchangeRates);
    }

    /** Settings with the defaults and no exchange rates. */
    static RuleSettings defaults() {
        return new RuleSettings(Currency.getInstance("USD"), Map.of(), 90, 365, Duration.ofSeconds(10));
    }
}
