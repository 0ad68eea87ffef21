package dev.kairos.matcher.account;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account index, its loader from {@code crm.accounts}, and the matcher over it, the {@link AccountLookup}. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    AccountIndex accountIndex() {
        return new AccountIndex();
    }

    @Bean
    AccountIndexLoader accountIndexLoader(AccountIndex index, KafkaProperties kafka, MeterRegistry meters) {
        return new AccountIndexLoader(index, kafka, meters);
    }

    @Bean
    AccountMatcher accountMatcher(AccountIndex index) {
        return new AccountMatcher(index);
    }
}
