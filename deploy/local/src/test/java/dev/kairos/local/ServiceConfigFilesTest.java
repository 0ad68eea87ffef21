package dev.kairos.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import dev.kairos.service.security.ApiKeyHash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** What the three services' config files give the local run: the demo key, or the key it was started with. */
class ServiceConfigFilesTest {

    @ParameterizedTest
    @ValueSource(strings = { "ingest.yaml", "matcher.yaml", "publisher.yaml" })
    void acceptTheDemoKeyWithEveryRoleUnlessGivenAnother(String file) throws IOException {
        assertThat(environment(file, Map.of()).getProperty("kairos.security.api-keys[0].hash"))
            .isEqualTo(ApiKeyHash.sha256Of("kairos-demo-key"));
        assertThat(environment(file, Map.of("KAIROS_API_KEY_HASH", ApiKeyHash.sha256Of("other")))
            .getProperty("kairos.security.api-keys[0].hash")).isEqualTo(ApiKeyHash.sha256Of("other"));
        assertThat(Binder.get(environment(file, Map.of()))
            .bind("kairos.security.api-keys[0].roles", Bindable.listOf(String.class))
            .get()).containsExactly("sources:write", "signals:write", "accounts:write", "rules:write", "leads:read",
                    "webhooks:write");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ingest.yaml", "matcher.yaml", "publisher.yaml" })
    void keepKafkaOutOfLiveness(String file) throws IOException {
        StandardEnvironment environment = environment(file, Map.of());

        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include")).contains("kafka");
        assertThat(environment.getProperty("management.endpoint.health.group.liveness.include")).isNull();
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
            .isEqualTo("health,info,prometheus");
    }

    private static StandardEnvironment environment(String file, Map<String, Object> overrides) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("overrides", overrides));
        new YamlPropertySourceLoader().load(file, new ClassPathResource(file))
            .forEach(source -> environment.getPropertySources().addLast(source));
        return environment;
    }
}
