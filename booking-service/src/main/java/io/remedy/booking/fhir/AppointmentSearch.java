package io.remedy.booking.fhir;

import io.remedy.booking.session.SessionStatus;
import io.remedy.platform.fhir.FhirException;
import io.remedy.platform.fhir.FhirSearch;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code Appointment?patient=&date=ge…&date=le…&status=}: the sessions of a client (or of everyone the caller may
 * see), starting within the dates, in the statuses named (FHIR's codes, comma-separated).
 *
 * @param from     first instant a session may start at (inclusive)
 * @param to       instant the sessions start before (exclusive)
 * @param statuses the statuses wanted; all when empty
 */
public record AppointmentSearch(UUID patient, Instant from, Instant to, Set<SessionStatus> statuses) {

    /** The parameters of the search besides {@code _count} and the paging cursor. */
    public static final Set<String> PARAMETERS = Set.of("patient", "date", "status");

    /** Searches without a lower or upper date bound look this far back and ahead. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    public static AppointmentSearch parse(String patient, List<String> dates, String status) {
        UUID client = patient == null || patient.isBlank() ? null : FhirSearch.reference("patient", patient, "Patient");
        Instant from = EARLIEST;
        Instant to = LATEST;
        for (String date : dates == null ? List.<String>of() : dates) {
            if (date == null || date.length() < 3) {
                throw FhirException.invalid("date", "must be a date or date-time with an optional prefix ge, gt, le,"
                        + " lt or eq, e.g. ge2026-03-01");
            }
            String prefix = Character.isLetter(date.charAt(0)) ? date.substring(0, 2) : "eq";
            String value = Character.isLetter(date.charAt(0)) ? date.substring(2) : date;
            Instant[] span = span(value);
            switch (prefix) {
                case "ge" -> from = later(from, span[0]);
                case "gt" -> from = later(from, span[1]);
                case "le" -> to = earlier(to, span[1]);
                case "lt" -> to = earlier(to, span[0]);
                case "eq" -> {
                    from = later(from, span[0]);
                    to = earlier(to, span[1]);
                }
                default -> throw FhirException.invalid("date", "prefix " + prefix + " is not one of ge, gt, le, lt, eq");
            }
        }
        if (!to.isAfter(from)) {
            throw FhirException.invalid("date", "the range is empty: the upper bound is not after the lower");
        }
        Set<SessionStatus> statuses = EnumSet.noneOf(SessionStatus.class);
        if (status != null && !status.isBlank()) {
            for (String code : status.split(",")) {
                statuses.add(ours(code.trim()));
            }
        }
        return new AppointmentSearch(client, from, to, statuses);
    }

    /** True if the session's status is one the search asks for. */
    public boolean wants(SessionStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    /** The instant a date (the whole day, UTC) or a date-time (that instant) starts and ends at. */
    private static Instant[] span(String value) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return new Instant[] {day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()};
            }
            Instant at = OffsetDateTime.parse(value).toInstant();
            return new Instant[] {at, at.plusNanos(1)};
        } catch (DateTimeParseException e) {
            throw FhirException.invalid("date", "must be a date (YYYY-MM-DD) or a date-time with offset");
        }
    }

    private static SessionStatus ours(String code) {
        try {
            return switch (AppointmentStatus.fromCode(code)) {
                case BOOKED -> SessionStatus.BOOKED;
                case CHECKEDIN, ARRIVED -> SessionStatus.CHECKED_IN;
                case FULFILLED -> SessionStatus.COMPLETED;
                case CANCELLED -> SessionStatus.CANCELLED;
                case NOSHOW -> SessionStatus.NO_SHOW;
                default -> throw FhirException.invalid("status", code + " is never a status of ours (booked, checked-in,"
                        + " fulfilled, cancelled, noshow)");
            };
        } catch (org.hl7.fhir.exceptions.FHIRException e) {
            throw FhirException.invalid("status", "'" + code + "' is not an appointment status");
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
