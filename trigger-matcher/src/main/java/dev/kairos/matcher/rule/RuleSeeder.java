package dev.kairos.matcher.rule;

import dev.kairos.events.TriggerRule;
import dev.kairos.matcher.MatcherProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes the built-in rule ({@code trigger.matcher.default-rule.*}) to {@code trigger.rules} at start-up when the topic
 * has no rule of that id, so that a new installation matches something; from then on it is a rule like any other. A
 * deleted default rule comes back at the next start: disable it to turn it off.
 */
@Component
class RuleSeeder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RuleSeeder.class);

    static final String SEEDED_BY = "trigger-matcher";

    private final RuleCatalog catalog;

    private final RuleWriter writer;

    private final MatcherProperties properties;

    private volatile boolean running;

    RuleSeeder(RuleCatalog catalog, RuleWriter writer, MatcherProperties properties) {
        this.catalog = catalog;
        this.writer = writer;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        if (catalog.rule(RuleBook.DEFAULT_RULE_ID).isPresent()) {
            return;
        }
        MatcherProperties.DefaultRule settings = properties.defaultRule();
        TriggerRule rule = RuleBook.defaultRule(settings.minConfidence(), settings.cooldown());
        // the lambda keeps a rule that another instance seeded meanwhile
        writer.change(rule.ruleId(), "create", null, current -> current == null ? rule : current, SEEDED_BY);
        log.info("Seeded the built-in rule '{}'", rule.ruleId());
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the catalogue has loaded, before Kafka Streams starts. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1200;
    }
}
