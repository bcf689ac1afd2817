package io.remedy.contracts.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A red-flag screen found signs that need a doctor before (further) deep work; codes only, never clinical notes.
 *
 * @param redFlagId The red flag.
 * @param clientId The client.
 * @param locationId The location where the screen took place.
 * @param locationCode The location's code, to find its branch managers ({@code locations} claim).
 * @param therapistId The treating therapist, if the client has one.
 * @param therapistUserId Keycloak subject of the treating therapist, to alert them.
 * @param sessionId The session during which the flag was raised, if any.
 * @param findings What the screen found.
 * @param severity How soon the client must see a doctor.
 * @param raisedBy Keycloak subject of the therapist who recorded the screen.
 * @param raisedAt When the flag was raised.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RedFlagRaised(
        UUID redFlagId,
        UUID clientId,
        UUID locationId,
        String locationCode,
        UUID therapistId,
        String therapistUserId,
        UUID sessionId,
        List<Finding> findings,
        Severity severity,
        String raisedBy,
        Instant raisedAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.records.red-flag.raised.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.RED_FLAGS;

    /** Lists are never null (an absent list reads as empty) and are unmodifiable. */
    public RedFlagRaised {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The aggregate id ({@code redFlagId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return redFlagId.toString();
    }

    /** A red-flag finding of the lower-back-pain screen. */
    public enum Finding {
        /** Saddle numbness (cauda equina sign). */
        SADDLE_NUMBNESS,
        /** New bladder dysfunction: retention or incontinence (cauda equina sign). */
        BLADDER_DYSFUNCTION,
        /** New bowel dysfunction (cauda equina sign). */
        BOWEL_DYSFUNCTION,
        /** Symptoms in both legs (cauda equina sign). */
        BILATERAL_LEG_SYMPTOMS,
        /** Progressive leg weakness (cauda equina sign). */
        PROGRESSIVE_WEAKNESS,
        /** Rheumatoid or another inflammatory arthritis flaring. */
        INFLAMMATORY_ARTHRITIS_FLARE,
        /** Morning stiffness lasting over 30 minutes. */
        MORNING_STIFFNESS_OVER_30_MIN,
        /** Tingling, weakness, loss of coordination, irregular gait or balance problems. */
        NEUROLOGICAL_SIGNS,
        /** Significant trauma (possible fracture). */
        SIGNIFICANT_TRAUMA,
        /** Osteoporosis (possible fracture). */
        OSTEOPOROSIS,
        /** History of cancer. */
        CANCER_HISTORY,
        /** Unexplained weight loss. */
        UNEXPLAINED_WEIGHT_LOSS,
        /** Fever (possible infection). */
        FEVER,
        /** Night pain unrelieved by rest or position. */
        NIGHT_PAIN
    }

    /** How soon a client with a red flag must see a doctor. */
    public enum Severity {
        /** Emergency referral the same day (e.g. cauda equina signs). */
        URGENT,
        /** Referral to a doctor before further deep work. */
        REFER
    }
}
