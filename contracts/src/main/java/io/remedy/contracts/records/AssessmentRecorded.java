package io.remedy.contracts.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * An outcome assessment (NRS, and ODI when taken) was recorded for a client; figures only, no notes.
 *
 * @param assessmentId The assessment.
 * @param clientId The client assessed.
 * @param therapistId The therapist who assessed.
 * @param locationId The location where the assessment took place.
 * @param sessionId The session it was taken in, if any.
 * @param assessedAt When the assessment was taken.
 * @param baseline True for the client's first assessment, the baseline of outcome figures.
 * @param nrs Pain on the numeric rating scale: 0 = none … 10 = worst imaginable.
 * @param odiScore Oswestry Disability Index as a percentage (0–100, one decimal); null if no ODI was taken.
 * @param odiBand Band of the ODI score; null if no ODI was taken.
 * @param odiSectionsAnswered How many of the 10 ODI sections were answered (skipped ones are left out of the score); null if no ODI was taken.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentRecorded(
        UUID assessmentId,
        UUID clientId,
        UUID therapistId,
        UUID locationId,
        UUID sessionId,
        Instant assessedAt,
        boolean baseline,
        int nrs,
        Double odiScore,
        OdiBand odiBand,
        Integer odiSectionsAnswered) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.records.assessment.recorded.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.ASSESSMENTS;

    /** The aggregate id ({@code assessmentId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return assessmentId.toString();
    }

    /** Band of an Oswestry Disability Index score. */
    public enum OdiBand {
        /** 0–20 %: minimal disability. */
        MINIMAL,
        /** 21–40 %: moderate disability. */
        MODERATE,
        /** 41–60 %: severe disability. */
        SEVERE,
        /** 61–80 %: crippling back pain. */
        CRIPPLING,
        /** 81–100 %: bed-bound, or exaggerated symptoms. */
        BED_BOUND
    }
}
