package io.remedy.contracts.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A client was registered (by themself in the app, or at the front desk); carries the contact projection.
 *
 * @param clientId The client (patient).
 * @param userId Keycloak subject of the client's login; null for a client registered at the desk without an account.
 * @param givenName Given name.
 * @param familyName Family name.
 * @param email E-mail address for messages; null if the client gave none.
 * @param phone Mobile number in E.164 form (e.g. {@code +447700900123}) for SMS; null if the client gave none.
 * @param preferredLanguage Language for messages, as a BCP 47 tag (e.g. {@code en-GB}).
 * @param preferredLocationId The location the client usually visits; null if none chosen.
 * @param registeredAt When the client was registered.
 * @param registeredBy Keycloak subject of who registered the client (the client or a receptionist).
 * @param version Version of the client aggregate; a consumer ignores an event older than what it holds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientRegistered(
        UUID clientId,
        String userId,
        String givenName,
        String familyName,
        String email,
        String phone,
        String preferredLanguage,
        UUID preferredLocationId,
        Instant registeredAt,
        String registeredBy,
        int version) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.booking.client.registered.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.CLIENTS;

    /** The aggregate id ({@code clientId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return clientId.toString();
    }
}
