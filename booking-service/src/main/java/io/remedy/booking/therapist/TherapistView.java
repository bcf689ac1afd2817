package io.remedy.booking.therapist;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** API records of therapists. */
public final class TherapistView {

    private TherapistView() {
    }

    /** A new therapist of the caller's chain. */
    @Schema(name = "NewTherapist")
    public record NewTherapist(
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email,
            @Schema(description = "Subject of the therapist's user account, linking their sign-in to this record")
            @Size(max = 100) String userId) {
    }

    /** A therapist as the API shows it. */
    @Schema(name = "Therapist")
    public record TherapistResponse(UUID id, String displayName, String email, String userId) {
        static TherapistResponse of(Therapist therapist) {
            return new TherapistResponse(therapist.id, therapist.displayName, therapist.email, therapist.userId);
        }
    }
}
