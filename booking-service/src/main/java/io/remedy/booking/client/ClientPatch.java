package io.remedy.booking.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remedy.booking.client.ClientView.ClientUpdate;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.JsonProblems;
import io.remedy.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JSON Merge Patch (RFC 7396) of a client's details: the fields it names change ({@code null} removes one), the
 * others stay. Only the fields of {@link ClientUpdate} may be named: the login link ({@code userId}) and the id are
 * not details one changes here. Applied to the details as they stand, through the service's own JSON mapper, so a
 * patched value is read exactly as the same value in a whole replacement would be.
 */
final class ClientPatch {

    /** What a patch may name. */
    static final Set<String> FIELDS = Arrays.stream(ClientUpdate.class.getRecordComponents())
            .map(component -> component.getName()).collect(Collectors.toUnmodifiableSet());

    private ClientPatch() {
    }

    /** The details after {@code patch}; 400 naming the fields a patch may not name, or a value of the wrong kind. */
    static ClientUpdate apply(ObjectMapper json, ClientUpdate current, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("A merge patch of a client is a JSON object naming the fields to change");
        }
        List<FieldError> refused = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                refused.add(new FieldError(name, "userId".equals(name)
                        ? "links a login: only a chain admin at registration, or the client's own sign-up"
                        : "is not a detail of a client that can be changed"));
            }
        });
        if (!refused.isEmpty()) {
            throw ProblemException.validation(refused);
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        try {
            return json.treeToValue(merged, ClientUpdate.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(JsonProblems.of(e));
        }
    }

    /** RFC 7396, section 2: MergePatch(Target, Patch). */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
