package io.remedy.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.remedy.contracts.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an event's data against its JSON Schema in {@code contracts/}, formats asserted: what a producer's test
 * calls on what it published, so that a payload no consumer could read fails the producer's build.
 */
public final class EventSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Throws an {@link AssertionError} listing every violation when the JSON is not valid data of the event. */
    public static void assertValid(EventType<?> type, String json) {
        Set<ValidationMessage> violations = schemaOf(type).validate(parse(json));
        if (!violations.isEmpty()) {
            throw new AssertionError(type.type() + " data breaks its schema: " + violations + "\n" + json);
        }
    }

    private static JsonSchema schemaOf(EventType<?> type) {
        return SCHEMAS.computeIfAbsent(type.type(), name -> {
            try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalArgumentException("No schema on the class path: " + type.schemaResource());
                }
                return FACTORY.getSchema(MAPPER.readTree(in), ASSERT_FORMATS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Event data is not JSON: " + json, e);
        }
    }
}
