package io.remedy.records.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API records of records' report. */
public final class ReportView {

    private ReportView() {
    }

    /** Clinical figures of one therapist at one location. */
    @Schema(name = "RecordsTherapistFigures")
    public record TherapistFigures(UUID therapistId, long clientsAssessed, Double meanNrsChange,
                                   Double meanOdiChange, Double clinicallyImportantShare, long redFlagsRaised,
                                   long urgentRedFlags, Double meanHoursToClearance, long overdueNotes) {
    }

    /** Clinical figures of one location over the range, and the same per therapist. */
    @Schema(name = "RecordsLocationFigures")
    public record LocationFigures(
            UUID locationId,
            @Schema(description = "Distinct clients with an assessment in the range") long clientsAssessed,
            @Schema(description = "Mean of latest minus first NRS over clients with at least two assessments; "
                    + "negative = better; null when none") Double meanNrsChange,
            @Schema(description = "Mean of latest minus first ODI over clients with at least two ODIs; null when none")
            Double meanOdiChange,
            @Schema(description = "0..1 of clients with at least two assessments whose ODI or NRS improved by a "
                    + "clinically important amount; null when none") Double clinicallyImportantShare,
            long redFlagsRaised,
            long urgentRedFlags,
            @Schema(description = "Mean hours from raising to clearing, over flags cleared; null when none")
            Double meanHoursToClearance,
            @Schema(description = "Unsigned notes overdue now, for sessions in the range") long overdueNotes,
            List<TherapistFigures> therapists) {
    }

    /** Records' figures per location over a date range. */
    @Schema(name = "RecordsReport")
    public record RecordsReport(LocalDate from, LocalDate to, List<LocationFigures> locations) {
    }
}
