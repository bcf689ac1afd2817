package io.remedy.contracts.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A red flag was cleared; sessions held for it may go ahead once no other flag of the client is open.
 *
 * @param redFlagId The red flag.
 * @param clientId The client.
 * @param locationId The location where the flag was raised.
 * @param locationCode The location's code ({@code locations} claim).
 * @param therapistUserId Keycloak subject of the treating therapist, if any.
 * @param clearance On what basis the flag was cleared.
 * @param clearedBy Keycloak subject of who cleared the flag.
 * @param clearedAt When the flag was cleared.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RedFlagCleared(
        UUID redFlagId,
        UUID clientId,
        UUID locationId,
        String locationCode,
        String therapistUserId,
        Clearance clearance,
        String clearedBy,
        Instant clearedAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.records.red-flag.cleared.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.RED_FLAGS;

    /** The aggregate id ({@code redFlagId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return redFlagId.toString();
    }

    /** On what basis a red flag was cleared. */
    public enum Clearance {
        /** A doctor cleared the client for treatment. */
        MEDICAL_CLEARANCE,
        /** A new screen no longer shows the finding. */
        RESCREEN_NEGATIVE,
        /** The flag was recorded in error. */
        RECORDED_IN_ERROR
    }
}
