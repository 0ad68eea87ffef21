package dev.kairos.matcher.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

import dev.kairos.events.RuleChange;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerRule;
import dev.kairos.matcher.MatcherProperties;
import dev.kairos.matcher.account.AccountLookup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/rules}: the trigger rules demand generation manages, kept on the compacted {@code trigger.rules}. Every
 * read answers the rule's version as a quoted {@code ETag}; a write with {@code If-Match} is refused with 412 when the
 * rule has moved on, and a write without it changes the rule whatever its version. Every change is audited on
 * {@code trigger.rules.audit} with who made it: the request's authenticated principal, else {@code anonymous}.
 */
@RestController
@RequestMapping("/api/rules")
@Tag(name = "Trigger rules", description = "What demand generation wants to hear about, and which leads it gets")
class RuleController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    /** The body is read as bytes, to be held to the strict rule mapping; this documents what it must hold. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "a trigger rule", required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TriggerRule.class)))
    @interface RuleBody {
    }

    static final String ANONYMOUS = "anonymous";

    private final RuleCatalog catalog;

    private final RuleWriter writer;

    private final RuleValidator validator;

    private final RuleSettings settings;

    private final ObjectProvider<AccountLookup> accountLookup;

    private final RuleEvaluator evaluator;

    private final KafkaProperties kafka;

    private final Clock clock;

    RuleController(RuleCatalog catalog, RuleWriter writer, MatcherProperties properties, RuleSettings settings,
            ObjectProvider<AccountLookup> accountLookup, RuleEvaluator evaluator, KafkaProperties kafka,
            Clock clock) {
        this.catalog = catalog;
        this.writer = writer;
        this.validator = new RuleValidator(properties.defaultRule().minConfidence(),
                properties.defaultRule().cooldown());
        this.settings = settings;
        this.accountLookup = accountLookup;
        this.evaluator = evaluator;
        this.kafka = kafka;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every rule, highest priority first")
    List<TriggerRule> list() {
        return catalog.book().rules();
    }

    @GetMapping("/{ruleId}")
    @Operation(summary = "One rule; its ETag is its version")
    ResponseEntity<TriggerRule> get(@PathVariable String ruleId) {
        return withVersion(ResponseEntity.ok(), existing(ruleId));
    }

    @PostMapping(consumes = "application/json")
    @RuleBody
    @Operation(summary = "Create a rule", description = "Unknown properties are refused. Absent optional fields take "
            + "their defaults: enabled, every trigger type and account status, the default rule's minConfidence "
            + "and cooldown, segments hot 0-7, warm 8-30, nurture 31-90 days.")
    ResponseEntity<TriggerRule> create(@RequestBody(required = false) byte @Nullable [] body, @Nullable Principal principal) {
        TriggerRule rule = validator.validate(null, RuleJson.read(body), true);
        RuleChange change = writer.change(rule.ruleId(), "create", null, current -> {
            if (current != null) {
                throw conflict(rule.ruleId());
            }
            return rule;
        }, who(principal));
        return withVersion(ResponseEntity.created(location(rule.ruleId())), change.after());
    }

    @PutMapping(path = "/{ruleId}", consumes = "application/json")
    @RuleBody
    @Operation(summary = "Replace a rule, or create it under this id")
    ResponseEntity<TriggerRule> replace(@PathVariable String ruleId,
            @RequestBody(required = false) byte @Nullable [] body,
            @Parameter(description = "the version last read, quoted; omit to replace whatever the version")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Nullable Principal principal) {
        checkId(ruleId);
        TriggerRule rule = validator.validate(ruleId, RuleJson.read(body), true);
        boolean existed = catalog.rule(ruleId).isPresent();
        RuleChange change = writer.change(ruleId, existed ? "replace" : "create", expected(ruleId, ifMatch),
                current -> rule, who(principal));
        return withVersion(change.before() == null ? ResponseEntity.created(location(ruleId)) : ResponseEntity.ok(),
                change.after());
    }

    @PatchMapping(path = "/{ruleId}", consumes = MERGE_PATCH)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "the fields to change; null removes one",
            content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = TriggerRule.class)))
    @Operation(summary = "Change some fields of a rule (JSON Merge Patch, RFC 7396; null removes a field)")
    ResponseEntity<TriggerRule> patch(@PathVariable String ruleId,
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Nullable Principal principal) {
        existing(ruleId);
        RuleChange change = writer.change(ruleId, "patch", expected(ruleId, ifMatch), current -> {
            if (current == null) {
                throw notFound(ruleId);
            }
            return validator.validate(ruleId, RuleJson.mergePatch(current, body), true);
        }, who(principal));
        return withVersion(ResponseEntity.ok(), change.after());
    }

    @DeleteMapping("/{ruleId}")
    @Operation(summary = "Delete a rule")
    ResponseEntity<Void> delete(@PathVariable String ruleId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Nullable Principal principal) {
        existing(ruleId);
        writer.change(ruleId, "delete", expected(ruleId, ifMatch), current -> {
            if (current == null) {
                throw notFound(ruleId);
            }
            return null;
        }, who(principal));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{ruleId}/enable")
    @Operation(summary = "Turn a rule on")
    ResponseEntity<TriggerRule> enable(@PathVariable String ruleId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Nullable Principal principal) {
        return switchTo(ruleId, true, ifMatch, principal);
    }

    @PostMapping("/{ruleId}/disable")
    @Operation(summary = "Turn a rule off: it matches nothing until enabled again")
    ResponseEntity<TriggerRule> disable(@PathVariable String ruleId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Nullable Principal principal) {
        return switchTo(ruleId, false, ifMatch, principal);
    }

    @PostMapping(path = "/preview", consumes = "application/json")
    @RuleBody
    @Operation(summary = "What a rule, not saved, would have matched over the last days of trigger.events")
    RulePreview.Result previewNew(@RequestBody(required = false) byte @Nullable [] body, @RequestParam(required = false) @Nullable Integer days,
            @RequestParam(defaultValue = "100") int limit) {
        TriggerRule rule = validator.validate(null, RuleJson.read(body), false);
        return preview(rule, days, limit);
    }

    @PostMapping("/{ruleId}/preview")
    @Operation(summary = "What a saved rule would have matched over the last days of trigger.events")
    RulePreview.Result previewSaved(@PathVariable String ruleId,
            @RequestParam(required = false) @Nullable Integer days,
            @RequestParam(defaultValue = "100") int limit) {
        return preview(existing(ruleId), days, limit);
    }

    private RulePreview.Result preview(TriggerRule rule, @Nullable Integer days, int limit) {
        int window = days == null ? settings.previewDays() : days;
        if (window < 1 || window > settings.previewMaxDays()) {
            throw new InvalidRuleException("days", "must be between 1 and " + settings.previewMaxDays());
        }
        if (limit < 0 || limit > 10_000) {
            throw new InvalidRuleException("limit", "must be between 0 and 10000");
        }
        AccountLookup lookup = accountLookup.getIfAvailable();
        if (lookup == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "No account lookup is configured on this instance.");
            problem.setTitle("Preview unavailable");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        }
        return new RulePreview(kafka.buildConsumerProperties(), Topics.TRIGGER_EVENTS.name(), lookup, evaluator,
                clock).preview(rule, window, limit);
    }

    private ResponseEntity<TriggerRule> switchTo(String ruleId, boolean enabled, @Nullable String ifMatch,
            @Nullable Principal principal) {
        existing(ruleId);
        RuleChange change = writer.change(ruleId, enabled ? "enable" : "disable", expected(ruleId, ifMatch),
                current -> {
                    if (current == null) {
                        throw notFound(ruleId);
                    }
                    return new TriggerRule(current.schemaVersion(), current.ruleId(), current.name(),
                            current.triggerTypes(), current.accountStatuses(), current.minConfidence(),
                            current.segments(), current.cooldown(), enabled, current.conditions(),
                            current.accountFilter(), current.priority(), current.campaign(), current.intent(),
                            current.version(), current.updatedAt(), current.updatedBy());
                }, who(principal));
        return withVersion(ResponseEntity.ok(), change.after());
    }

    /** The version an {@code If-Match} header names; null when absent or {@code *} (which only needs the rule). */
    static @Nullable Long expected(String ruleId, @Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        }
        catch (NumberFormatException ex) {
            // no version has this tag: it can never match
            return -1L;
        }
    }

    static String etag(TriggerRule rule) {
        return "\"" + RuleWriter.versionOf(rule) + "\"";
    }

    private static ResponseEntity<TriggerRule> withVersion(ResponseEntity.BodyBuilder response,
            @Nullable TriggerRule rule) {
        if (rule == null) {
            throw new IllegalStateException("a write that keeps a rule returns it");
        }
        return response.eTag(etag(rule)).body(rule);
    }

    private TriggerRule existing(String ruleId) {
        return catalog.rule(ruleId).orElseThrow(() -> notFound(ruleId));
    }

    private static void checkId(String ruleId) {
        if (!RuleValidator.RULE_ID.matcher(ruleId).matches()) {
            throw new InvalidRuleException("ruleId",
                    "must be 1-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    private static URI location(String ruleId) {
        return URI.create("/api/rules/" + ruleId);
    }

    static String who(@Nullable Principal principal) {
        return principal == null || principal.getName() == null || principal.getName().isBlank() ? ANONYMOUS
                : principal.getName();
    }

    private static ErrorResponseException notFound(String ruleId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No rule with id '" + ruleId + "'.");
        problem.setTitle("Unknown rule");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static ErrorResponseException conflict(String ruleId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A rule with id '" + ruleId + "' exists; change it with PUT or PATCH /api/rules/" + ruleId + ".");
        problem.setTitle("Rule exists");
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}
