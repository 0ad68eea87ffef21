package dev.kairos.matcher.rule;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import dev.kairos.events.Json;
import dev.kairos.events.TriggerRule;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads rule requests strictly: an unknown property, a value of the wrong type, an unknown enum constant or currency is
 * a 400 naming the field, never silently dropped. Topics keep the lenient {@link Json} mapping, so that older readers
 * survive additive change; only what people type is held to the letter.
 */
final class RuleJson {

    private static final JsonMapper STRICT = Json.configure(JsonMapper.builder())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();

    private RuleJson() {
    }

    static RuleRequest read(byte @Nullable [] body) {
        if (body == null || body.length == 0) {
            throw new InvalidRuleException("body", "is required: a JSON object");
        }
        try {
            return STRICT.readValue(body, RuleRequest.class);
        }
        catch (JacksonException ex) {
            throw invalid(ex);
        }
    }

    /** Applies a JSON Merge Patch (RFC 7396) to {@code rule} and reads the result as a request. */
    static RuleRequest mergePatch(TriggerRule rule, byte @Nullable [] patch) {
        if (patch == null || patch.length == 0) {
            throw new InvalidRuleException("body", "is required: a JSON merge patch object");
        }
        JsonNode patchNode;
        try {
            patchNode = STRICT.readTree(patch);
        }
        catch (JacksonException ex) {
            throw invalid(ex);
        }
        if (!patchNode.isObject()) {
            throw new InvalidRuleException("body", "must be a JSON object (a merge patch of the rule)");
        }
        JsonNode merged = merge(Json.mapper().valueToTree(rule), patchNode);
        try {
            return STRICT.treeToValue(merged, RuleRequest.class);
        }
        catch (JacksonException ex) {
            throw invalid(ex);
        }
    }

    /** RFC 7396: objects merge member by member, null removes a member, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : STRICT.createObjectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            }
            else {
                JsonNode current = result.get(member.getKey());
                result.set(member.getKey(), merge(current == null ? STRICT.nullNode() : current, member.getValue()));
            }
        }
        return result;
    }

    static InvalidRuleException invalid(JacksonException ex) {
        if (ex instanceof StreamReadException) {
            var location = ex.getLocation();
            return new InvalidRuleException("body", "is not valid JSON: " + ex.getOriginalMessage()
                    + (location == null ? "" : " (line " + location.getLineNr() + ", column "
                            + location.getColumnNr() + ")"));
        }
        return new InvalidRuleException(path(ex.getPath()), reason(ex));
    }

    private static String reason(JacksonException ex) {
        return switch (ex) {
            case UnrecognizedPropertyException unknown -> "is not a known property";
            case InvalidFormatException format when format.getTargetType() != null
                    && format.getTargetType().isEnum() -> "'" + format.getValue() + "' is not one of "
                            + Arrays.toString(format.getTargetType().getEnumConstants());
            case InvalidFormatException format when Currency.class.equals(format.getTargetType()) ->
                "'" + format.getValue() + "' is not an ISO 4217 currency code";
            case ValueInstantiationException instantiation -> switch (instantiation.getCause()) {
                case NullPointerException missing -> "needs " + missing.getMessage();
                case null -> instantiation.getOriginalMessage();
                default -> instantiation.getCause().getMessage();
            };
            default -> ex.getCause() instanceof IllegalArgumentException invalid ? invalid.getMessage()
                    : ex.getOriginalMessage();
        };
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
