package io.remedy.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The booking area's payloads as the gateway's public API shows them (only the fields the console reads). */
public final class Booking {

    private Booking() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(UUID id, String code, String name, String timeZone, int noticeHours) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocationPage(List<Location> items, String nextCursor) implements Pages.Page<Location> {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Room(UUID id, UUID locationId, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoomPage(List<Room> items, String nextCursor) implements Pages.Page<Room> {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Therapist(UUID id, String displayName, String email, String userId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TherapistPage(List<Therapist> items, String nextCursor) implements Pages.Page<Therapist> {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Service(UUID id, String name, int durationMinutes, int bufferMinutes, int priceCents, String currency,
                          List<UUID> therapistIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServicePage(List<Service> items, String nextCursor) implements Pages.Page<Service> {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Client(UUID id, String givenName, String familyName, String email, String phone,
                         LocalDate dateOfBirth, UUID preferredLocationId, String preferredLanguage, String userId,
                         long version, Instant erasedAt) {

        public String name() {
            return givenName + " " + familyName;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewClient(String givenName, String familyName, String email, String phone, LocalDate dateOfBirth,
                            UUID preferredLocationId, String preferredLanguage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hold(String reason, String severity, Instant since) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(UUID id, UUID locationId, UUID serviceId, UUID therapistId, UUID roomId, UUID clientId,
                          Instant startsAt, Instant endsAt, String status, Hold hold, Instant checkedInAt,
                          Instant completedAt, Instant cancelledAt, boolean lateCancellation,
                          String cancellationReason, String cancelledBy, UUID planId, long version) {

        /** The If-Match value that changes this version of the session. */
        public String etag() {
            return "\"" + version + "\"";
        }

        public boolean live() {
            return "BOOKED".equals(status) || "CHECKED_IN".equals(status);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewSession(UUID locationId, UUID serviceId, UUID therapistId, UUID roomId, UUID clientId,
                             OffsetDateTime startsAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reschedule(OffsetDateTime startsAt, UUID therapistId, UUID roomId) {
    }

    public record Cancellation(String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Slot(UUID locationId, String locationCode, UUID therapistId, String therapistName, UUID roomId,
                       OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    /** The first page of clients a search answered (nextCursor names the next, null on the last page). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientPage(List<Client> items, String nextCursor) {
    }

    /** The first page of sessions a list answered (nextCursor names the next, null on the last page). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionPage(List<Session> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SlotPage(List<Slot> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Closure(UUID id, UUID locationId, LocalDate from, LocalDate to, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClosurePage(List<Closure> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hire(UUID id, UUID roomId, String practitionerName, String note, Instant startsAt, Instant endsAt,
                       String status, long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HirePage(List<Hire> items, String nextCursor) {
    }

    /** The reason codes of a cancellation, as the API takes them. */
    public static final List<String> CANCELLATION_REASONS = List.of("CLIENT_REQUEST", "ILLNESS",
            "THERAPIST_UNAVAILABLE", "CLINIC_CLOSURE", "DUPLICATE_BOOKING", "OTHER");
}
