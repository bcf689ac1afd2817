package io.remedy.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** JSON the way services handle it: Jackson with java.time, ISO-8601 strings; schemas validated with formats asserted. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private Json() {
    }

    static JsonNode resource(String name) {
        try (InputStream in = Json.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonSchema schemaOf(EventType<?> type) {
        return SCHEMAS.getSchema(resource(type.schemaResource()), ASSERT_FORMATS);
    }

    static Set<ValidationMessage> validate(EventType<?> type, JsonNode document) {
        return schemaOf(type).validate(document);
    }

    static ObjectNode example(EventType<?> type) {
        return (ObjectNode) resource(type.exampleResource());
    }

    static ObjectNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    static <T> T read(JsonNode document, Class<T> type) {
        try {
            return MAPPER.treeToValue(document, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
