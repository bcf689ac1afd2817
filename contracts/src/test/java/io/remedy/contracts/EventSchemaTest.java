package io.remedy.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each event's record, JSON Schema and shipped example agree, and the schema rejects what a consumer cannot read. */
class EventSchemaTest {

    /** Keywords whose meaning is the same in draft 2020-12 and draft-07 (which AsyncAPI tools read). */
    private static final Set<String> PORTABLE_KEYWORDS = Set.of("$schema", "$id", "title", "description", "type",
            "required", "properties", "additionalProperties", "items", "enum", "format", "pattern", "minLength",
            "maxLength", "minimum", "maximum", "minItems", "uniqueItems");

    static Stream<Named<EventType<?>>> events() {
        return EventCatalogue.all().stream().map(type -> Named.<EventType<?>>of(type.type(), type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void sampleSerialisesToTheShippedExample(EventType<?> type) {
        assertEquals(Json.example(type), Json.toTree(sample(type)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void serialisedSampleIsValidAgainstItsSchema(EventType<?> type) {
        assertEquals(Set.of(), Json.validate(type, Json.toTree(sample(type))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void shippedExampleReadsBackAsTheSample(EventType<?> type) {
        assertEquals(sample(type), Json.read(Json.example(type), type.dataClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void schemaIsAValidDraft202012SchemaWithTheCatalogueId(EventType<?> type) {
        JsonNode schema = Json.resource(type.schemaResource());
        JsonSchema metaSchema = Json.SCHEMAS.getSchema(SchemaLocation.of(SchemaId.V202012), Json.ASSERT_FORMATS);
        assertEquals(Set.of(), metaSchema.validate(schema));
        assertEquals(SchemaId.V202012, schema.path("$schema").asText());
        assertEquals(type.schemaId(), schema.path("$id").asText());
        assertFalse(schema.path("title").asText().isBlank());
        assertFalse(schema.path("description").asText().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void schemaUsesOnlyKeywordsThatMeanTheSameInDraft07(EventType<?> type) {
        List<String> foreign = new ArrayList<>();
        collectKeywords(Json.resource(type.schemaResource()), foreign);
        assertEquals(List.of(), foreign);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void serialisedFieldsAreExactlyTheSchemaProperties(EventType<?> type) {
        assertSameShape(Json.resource(type.schemaResource()), Json.toTree(sample(type)), type.type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void requiredFieldsAreExactlyTheNonNullableOnesAndEveryObjectAcceptsUnknownFields(EventType<?> type) {
        for (JsonNode object : objectSchemas(Json.resource(type.schemaResource()))) {
            assertTrue(object.path("additionalProperties").asBoolean(false), "additionalProperties must be true");
            Set<String> required = new HashSet<>();
            object.path("required").forEach(r -> required.add(r.asText()));
            Set<String> nonNullable = new HashSet<>();
            object.path("properties").properties().forEach(p -> {
                if (!p.getValue().path("type").isArray()) {
                    nonNullable.add(p.getKey());
                }
            });
            assertEquals(nonNullable, required);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void documentMissingARequiredFieldIsRejected(EventType<?> type) {
        JsonNode required = Json.resource(type.schemaResource()).path("required");
        assertFalse(required.isEmpty());
        for (JsonNode field : required) {
            ObjectNode document = Json.example(type);
            document.remove(field.asText());
            assertRejected(type, document, "without " + field.asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void nullInARequiredFieldIsRejected(EventType<?> type) {
        for (JsonNode field : Json.resource(type.schemaResource()).path("required")) {
            ObjectNode document = Json.example(type);
            document.putNull(field.asText());
            assertRejected(type, document, field.asText() + " = null");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void malformedValuesAreRejected(EventType<?> type) {
        int checked = 0;
        for (Map.Entry<String, JsonNode> property : Json.resource(type.schemaResource()).path("properties").properties()) {
            String name = property.getKey();
            JsonNode schema = property.getValue();
            String bad = malformed(schema);
            if (bad != null) {
                ObjectNode document = Json.example(type);
                document.put(name, bad);
                assertRejected(type, document, name + " = " + bad);
                checked++;
            }
            if (schema.has("minimum") || schema.has("maximum")) {
                ObjectNode document = Json.example(type);
                document.put(name, schema.has("minimum") ? schema.path("minimum").asInt() - 1
                        : schema.path("maximum").asInt() + 1);
                assertRejected(type, document, name + " out of range");
                checked++;
            }
        }
        assertTrue(checked > 0, "no formatted, enumerated or bounded field to check");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void unknownFieldsAreAcceptedAndIgnored(EventType<?> type) {
        ObjectNode document = Json.example(type);
        document.put("addedInALaterVersion", "anything");
        document.putObject("anotherAddition").put("nested", true);
        for (JsonNode nested : nestedObjects(document)) {
            ((ObjectNode) nested).put("addedInALaterVersion", 42);
        }
        assertEquals(Set.of(), Json.validate(type, document));
        assertEquals(sample(type), Json.read(document, type.dataClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void absentNullableFieldsAreAcceptedAndReadAsNull(EventType<?> type) {
        JsonNode schema = Json.resource(type.schemaResource());
        ObjectNode document = Json.example(type);
        List<String> nullable = new ArrayList<>();
        schema.path("properties").properties().forEach(p -> {
            if (p.getValue().path("type").isArray()) {
                nullable.add(p.getKey());
            }
        });
        document.remove(nullable);
        assertEquals(Set.of(), Json.validate(type, document));
        ObjectNode readBack = Json.toTree(Json.read(document, type.dataClass()));
        for (String field : nullable) {
            assertTrue(readBack.path(field).isNull(), field + " should read as null");
        }
    }

    private static IntegrationEvent sample(EventType<?> type) {
        IntegrationEvent sample = SampleEvents.all().get(type.dataClass());
        if (sample == null) {
            throw new AssertionError("no sample for " + type.type());
        }
        return sample;
    }

    private static void assertRejected(EventType<?> type, JsonNode document, String what) {
        Set<ValidationMessage> errors = Json.validate(type, document);
        assertFalse(errors.isEmpty(), type.type() + " accepted a document with " + what);
    }

    /** A value the property's schema must refuse, or null if it is a plain string/boolean/array/object. */
    private static String malformed(JsonNode schema) {
        if (schema.has("enum")) {
            return "NOT_A_KNOWN_VALUE";
        }
        if (schema.has("format")) {
            return "not-a-" + schema.path("format").asText();
        }
        if (schema.has("pattern")) {
            return "not valid here!";
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        return type.equals("integer") || type.equals("number") || type.equals("boolean") ? "seven" : null;
    }

    /** Every key of the document (recursively) is a property of the schema, and every property a key. */
    private static void assertSameShape(JsonNode schema, JsonNode value, String path) {
        if (value.isObject()) {
            Set<String> properties = new HashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> fields = new HashSet<>();
            value.fieldNames().forEachRemaining(fields::add);
            assertEquals(properties, fields, path);
            for (String field : fields) {
                assertSameShape(schema.path("properties").path(field), value.path(field), path + "." + field);
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                assertSameShape(schema.path("items"), item, path + "[]");
            }
        }
    }

    private static List<JsonNode> objectSchemas(JsonNode schema) {
        List<JsonNode> found = new ArrayList<>();
        if (schema.has("properties")) {
            found.add(schema);
            schema.path("properties").forEach(p -> found.addAll(objectSchemas(p)));
        }
        if (schema.has("items")) {
            found.addAll(objectSchemas(schema.path("items")));
        }
        return found;
    }

    private static List<JsonNode> nestedObjects(JsonNode document) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode child : document) {
            if (child.isObject()) {
                found.add(child);
                found.addAll(nestedObjects(child));
            } else if (child.isArray()) {
                found.addAll(nestedObjects(child));
            }
        }
        return found;
    }

    private static void collectKeywords(JsonNode schema, List<String> foreign) {
        Iterator<String> names = schema.fieldNames();
        while (names.hasNext()) {
            String keyword = names.next();
            if (!PORTABLE_KEYWORDS.contains(keyword)) {
                foreign.add(keyword);
            }
        }
        schema.path("properties").forEach(p -> collectKeywords(p, foreign));
        if (schema.has("items")) {
            collectKeywords(schema.path("items"), foreign);
        }
    }
}
