package dev.kairos.test;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Points every {@link KafkaIntegrationTest} context at the shared broker. */
class KafkaBrokerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
            .isPresent(KafkaIntegrationTest.class);
        return wanted ? new BrokerProperty() : null;
    }

    /** All instances are equal, so contexts that differ in nothing else are still cached and shared. */
    private static final class BrokerProperty implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("kairosTestBroker",
                        Map.of("spring.kafka.bootstrap-servers", KafkaBroker.bootstrapServers())));
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof BrokerProperty;
        }

        @Override
        public int hashCode() {
            return BrokerProperty.class.hashCode();
        }
    }
}
