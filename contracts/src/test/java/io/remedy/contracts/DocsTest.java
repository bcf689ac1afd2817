package io.remedy.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** docs/events.md and docs/asyncapi.yaml say what the catalogue says. */
class DocsTest {

    /** Tests run in the module's directory; the docs sit beside it. */
    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void eventsPageDocumentsEveryEventWithEveryField() throws IOException {
        String page = Files.readString(DOCS.resolve("events.md"));
        for (EventType<?> type : EventCatalogue.all()) {
            int start = page.indexOf("`" + type.type() + "` — record");
            assertTrue(start >= 0, "events.md has no section for " + type.type());
            int end = page.indexOf("\n### ", start);
            String section = page.substring(start, end < 0 ? page.length() : end);
            assertTrue(section.contains(type.dataClass().getName().replace('$', '.')), type.type());
            assertTrue(section.contains("topic: `" + type.topic() + "`"), type.type() + " topic");
            assertTrue(section.contains("ce_subject`: `" + type.keyField() + "`"), type.type() + " key");
            Json.resource(type.schemaResource()).path("properties").fieldNames()
                    .forEachRemaining(field -> assertTrue(section.contains("| `" + field + "` |"),
                            "events.md does not describe " + type.type() + "." + field));
            for (EventType.Subscriber consumer : type.consumers()) {
                assertTrue(section.contains(consumer.service().applicationName() + ": " + consumer.reaction()),
                        type.type() + " consumer " + consumer.service());
            }
            int json = section.indexOf("```json\n");
            assertTrue(json >= 0, type.type() + " has no example");
            String example = section.substring(json + "```json\n".length(), section.indexOf("\n```", json + 1));
            assertEquals(Json.example(type), Json.MAPPER.readTree(example), type.type() + " example");
        }
    }

    @Test
    void asyncApiHasOneMessagePerEventWithItsSchemaAndExample() throws IOException {
        JsonNode api = new YAMLMapper().readTree(DOCS.resolve("asyncapi.yaml").toFile());
        assertEquals("3.0.0", api.path("asyncapi").asText());
        Map<String, JsonNode> messages = new HashMap<>();
        api.path("components").path("messages").forEach(m -> messages.put(m.path("name").asText(), m));
        assertEquals(EventCatalogue.all().stream().map(EventType::type).collect(Collectors.toSet()), messages.keySet());
        ObjectMapper json = Json.MAPPER;
        for (EventType<?> type : EventCatalogue.all()) {
            JsonNode message = messages.get(type.type());
            String ref = message.path("payload").path("schema").path("$ref").asText();
            assertEquals("../contracts/src/main/resources/" + type.schemaResource(), ref);
            assertTrue(Files.isRegularFile(DOCS.resolve(ref)), ref);
            JsonNode example = message.path("examples").get(0);
            assertEquals(Json.example(type), json.valueToTree(example.path("payload")), type.type());
            assertEquals(type.type(), example.path("headers").path(CloudEventHeaders.TYPE).asText());
            assertEquals(type.source(), example.path("headers").path(CloudEventHeaders.SOURCE).asText());
        }
    }

    @Test
    void asyncApiChannelsAreTheEventTopics() throws IOException {
        JsonNode api = new YAMLMapper().readTree(DOCS.resolve("asyncapi.yaml").toFile());
        Set<String> addresses = new HashSet<>();
        api.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertEquals(Set.copyOf(Topics.eventTopics()), addresses);
    }

    @Test
    void asyncApiOperationsMatchProducersAndConsumers() throws IOException {
        JsonNode api = new YAMLMapper().readTree(DOCS.resolve("asyncapi.yaml").toFile());
        Set<String> declared = new HashSet<>();
        api.path("operations").properties().forEach(op -> {
            String action = op.getValue().path("action").asText();
            String service = op.getKey().substring(0, op.getKey().indexOf(action.equals("send") ? "Publishes" : "Consumes"));
            op.getValue().path("messages").forEach(m -> {
                String ref = m.path("$ref").asText();
                String message = ref.substring(ref.lastIndexOf('/') + 1);
                String type = api.path("components").path("messages").path(message).path("name").asText();
                declared.add(action + " " + service + " " + type);
            });
        });
        Set<String> expected = new HashSet<>();
        for (EventType<?> type : EventCatalogue.all()) {
            expected.add("send " + type.producer().shortName() + " " + type.type());
            type.consumers().forEach(c -> expected.add("receive " + c.service().shortName() + " " + type.type()));
        }
        assertEquals(expected, declared);
    }
}
