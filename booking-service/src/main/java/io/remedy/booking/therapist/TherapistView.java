package io.remedy.booking.therapist;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remedy.booking.availability.WeeklyInterval;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.validation.WithinYears;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** API records of therapists, their rosters and roster exceptions. */
public final class TherapistView {

    private TherapistView() {
    }

    /** A new therapist of the caller's chain. */
    @Schema(name = "NewTherapist")
    public record NewTherapist(
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email,
            @Schema(description = "Subject of the therapist's user account, linking their sign-in to this record")
            @Size(max = 100) String userId,
            @Schema(description = "Professional registration number (e.g. a register's membership number), printed on "
                    + "receipts for insurers", example = "MTI-20417") @Size(max = 100) String registrationNumber) {
    }

    /** The whole of a therapist as they become (If-Match with their version): absent e-mail or login removes it. */
    @Schema(name = "TherapistUpdate")
    public record TherapistUpdate(
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email,
            @Schema(description = "Subject of the therapist's user account; absent: they do not sign in")
            @Size(max = 100) String userId,
            @Schema(description = "Professional registration number (e.g. a register's membership number), printed on "
                    + "receipts for insurers; absent keeps it, blank removes it", example = "MTI-20417") @Size(max = 100) String registrationNumber) {
    }

    /**
     * A therapist as the API shows it. Staff see the contact and the login; a client sees who treats them (id and
     * display name), never a therapist's e-mail or login.
     */
    @Schema(name = "Therapist")
    public record TherapistResponse(
            @Schema(example = "5f0e1d2c-3b4a-4968-8776-a5b4c3d2e1f0") UUID id,
            @Schema(example = "Ana Costa") String displayName,
            @Schema(description = "Staff only", example = "ana.therapist@harbour.test")
            @JsonInclude(JsonInclude.Include.NON_NULL) String email,
            @Schema(description = "Staff only", example = "6d1f3b5a-7c9e-4b2d-8f4a-1c3e5a7b9d2f")
            @JsonInclude(JsonInclude.Include.NON_NULL) String userId,
            @Schema(description = "Professional registration number, as receipts name it; absent when not held",
                    example = "MTI-20417")
            @JsonInclude(JsonInclude.Include.NON_NULL) String registrationNumber,
            @Schema(description = "Version of the therapist and their roster, the If-Match of a change", example = "3")
            long version) {

        static TherapistResponse of(Therapist therapist) {
            return new TherapistResponse(therapist.id, therapist.displayName, therapist.email, therapist.userId,
                    therapist.registrationNumber, therapist.version);
        }

        /** The therapist as {@code caller} may see them. */
        static TherapistResponse of(Therapist therapist, Caller caller) {
            return caller.isStaff() ? of(therapist)
                    : new TherapistResponse(therapist.id, therapist.displayName, null, null,
                            therapist.registrationNumber, therapist.version);
        }
    }

    /** Weekly working hours at a location on a weekday, wall-clock in that location's time zone. */
    @Schema(name = "RosterEntry")
    public record RosterEntryView(
            @NotNull UUID locationId,
            @Schema(example = "TUESDAY") @NotNull DayOfWeek dayOfWeek,
            @Schema(description = "Start HH:mm", example = "09:00") @NotNull String start,
            @Schema(description = "End HH:mm, after start; 24:00 is the end of the day", example = "17:00")
            @NotNull String end) {

        static RosterEntryView of(UUID locationId, WeeklyInterval interval) {
            return new RosterEntryView(locationId, interval.day(), WeeklyInterval.clock(interval.startMinute()),
                    WeeklyInterval.clock(interval.endMinute()));
        }
    }

    /** A therapist's whole weekly roster (every location). */
    @Schema(name = "RosterUpdate")
    public record RosterUpdate(
            @Schema(description = "Every entry of the week; entries at one location may not overlap")
            @NotNull @Size(max = 200) List<@Valid @NotNull RosterEntryView> entries) {
    }

    /** A therapist's weekly roster as the API shows it. */
    @Schema(name = "Roster")
    public record RosterResponse(UUID therapistId, List<RosterEntryView> entries,
                                 @Schema(description = "The therapist's version, also sent as ETag") long version) {
    }

    /** Leave or sickness: no work in {@code [from, to)}, at one location or (without locationId) anywhere. */
    @Schema(name = "NewRosterException")
    public record NewRosterException(
            @Schema(description = "Start, ISO-8601 with offset", example = "2026-12-21T00:00:00Z") @NotNull @WithinYears(past = 1, future = 5) OffsetDateTime from,
            @Schema(description = "End (exclusive), ISO-8601 with offset", example = "2027-01-04T00:00:00Z") @NotNull @WithinYears(past = 1, future = 5) OffsetDateTime to,
            @Schema(example = "Annual leave") @Size(max = 200) String reason,
            @Schema(description = "Only at this location; absent for every location") UUID locationId) {
    }

    /** A roster exception as the API shows it. */
    @Schema(name = "RosterException")
    public record RosterExceptionResponse(UUID id, UUID therapistId, UUID locationId, Instant from, Instant to,
                                          String reason) {
        static RosterExceptionResponse of(RosterException exception) {
            return new RosterExceptionResponse(exception.id, exception.therapistId, exception.locationId,
                    exception.startsAt, exception.endsAt, exception.reason);
        }
    }
}
