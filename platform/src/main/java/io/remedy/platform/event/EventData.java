package io.remedy.platform.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remedy.platform.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/**
 * Reads an event's JSON data as its contract record, for consumers of topics that carry several event types
 * (dispatch on {@link CloudEvent#type()} first). Unreadable data is poison: it goes to the dead-letter topic.
 * Unknown fields are ignored (a producer may add optional fields to a {@code .v1} event), unlike request bodies.
 */
@ApplicationScoped
public class EventData {

    private final ObjectMapper json;

    public EventData(ObjectMapper json) {
        this.json = json;
    }

    /** The envelope's data as {@code type}; {@link PoisonEventException} if it cannot be read. */
    public <T> T read(CloudEvent envelope, Class<T> type) {
        try {
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(envelope.data());
        } catch (IOException | IllegalArgumentException e) {
            throw new PoisonEventException("Unreadable " + envelope.type() + ": " + e.getMessage(), e);
        }
    }
}
