package io.remedy.contracts.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A client's personal data was erased at their request; consumers purge or anonymise their copies.
 *
 * @param clientId The erased client.
 * @param userId Keycloak subject of the client's former login, so preferences keyed by it can be purged; null if the client had none.
 * @param erasedAt When booking-service erased the client.
 * @param requestedBy Keycloak subject of who requested the erasure (the client or an administrator).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientErased(
        UUID clientId,
        String userId,
        Instant erasedAt,
        String requestedBy) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.booking.client.erased.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.CLIENTS;

    /** The aggregate id ({@code clientId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return clientId.toString();
    }
}
