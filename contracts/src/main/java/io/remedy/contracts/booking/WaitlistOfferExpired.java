package io.remedy.contracts.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A waitlist offer can no longer be accepted: it timed out, the slot was taken, or it was withdrawn.
 *
 * @param waitlistEntryId The client's waitlist entry (the aggregate).
 * @param offerId The offer that ended.
 * @param clientId The client (patient).
 * @param clientUserId Keycloak subject of the client's login; null for a client without an account.
 * @param locationId The location of the offered slot.
 * @param reason Why the offer ended.
 * @param expiredAt When the offer ended.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WaitlistOfferExpired(
        UUID waitlistEntryId,
        UUID offerId,
        UUID clientId,
        String clientUserId,
        UUID locationId,
        Reason reason,
        Instant expiredAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.booking.waitlist.offer-expired.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.WAITLIST;

    /** The aggregate id ({@code waitlistEntryId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return waitlistEntryId.toString();
    }

    /** Why a waitlist offer ended without being accepted by this client. */
    public enum Reason {
        /** The client did not accept before the offer's expiry. */
        TIMED_OUT,
        /** Someone else booked the slot first. */
        SLOT_TAKEN,
        /** The clinic withdrew the offer (e.g. the room or therapist became unavailable). */
        WITHDRAWN
    }
}
