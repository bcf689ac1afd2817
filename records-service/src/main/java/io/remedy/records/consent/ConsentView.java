package io.remedy.records.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** API records of consents. */
public final class ConsentView {

    private ConsentView() {
    }

    /** A consent given by the client (in the app, or on paper recorded by their therapist). */
    @Schema(name = "NewConsent")
    public record NewConsent(
            @Schema(description = "TREATMENT or DATA_PROCESSING", examples = "TREATMENT")
            @NotNull ConsentKind kind,
            @Schema(description = "Version of the consent text agreed to", examples = "treatment-2026-01")
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' and '-' only")
            String textVersion,
            @Schema(description = "When the client agreed, ISO-8601 with offset; now if absent; never in the future",
                    examples = "2026-11-20T09:30:00+00:00")
            OffsetDateTime givenAt) {
    }

    /** A consent as the API shows it. */
    @Schema(name = "Consent")
    public record ConsentResponse(UUID id, UUID clientId, ConsentKind kind, String textVersion, Instant givenAt,
                                  String recordedBy, Instant recordedAt,
                                  @Schema(description = "True until withdrawn or superseded by a newer version of"
                                          + " the same kind") boolean current,
                                  Instant withdrawnAt, String withdrawnBy,
                                  @Schema(description = "When a newer version of the same kind took its place")
                                  Instant supersededAt,
                                  @Schema(description = "The consent that took its place") UUID supersededBy,
                                  long version) {

        public static ConsentResponse of(Consent consent) {
            return new ConsentResponse(consent.id, consent.clientId, consent.kind, consent.textVersion,
                    consent.givenAt, consent.recordedBy, consent.recordedAt, consent.current(), consent.withdrawnAt,
                    consent.withdrawnBy, consent.supersededAt, consent.supersededBy, consent.version);
        }
    }
}
