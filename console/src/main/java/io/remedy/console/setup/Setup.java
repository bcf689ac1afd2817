package io.remedy.console.setup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.remedy.console.api.Pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The chain set-up's payloads as the gateway's public API shows and takes them (only what the screens use). */
public final class Setup {

    private Setup() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(UUID id, String code, String name, String address, String timeZone, int noticeHours,
                           int checkInOpensMinutesBefore, long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocationPage(List<Location> items, String nextCursor) implements Pages.Page<Location> {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewLocation(String code, String name, String address, String timeZone, Integer noticeHours,
                              Integer checkInOpensMinutesBefore) {
    }

    /** A location's details as they become; an empty address removes it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocationUpdate(String name, String address, String timeZone, Integer noticeHours,
                                 Integer checkInOpensMinutesBefore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Room(UUID id, UUID locationId, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoomPage(List<Room> items, String nextCursor) implements Pages.Page<Room> {
    }

    public record NewRoom(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interval(String dayOfWeek, String start, String end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OpeningHours(UUID locationId, String timeZone, List<Interval> intervals, long version) {
        public OpeningHours {
            intervals = intervals == null ? List.of() : intervals;
        }
    }

    public record OpeningHoursUpdate(List<Interval> intervals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Closure(UUID id, UUID locationId, LocalDate from, LocalDate to, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClosurePage(List<Closure> items, String nextCursor) {
        public ClosurePage {
            items = items == null ? List.of() : items;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewClosure(LocalDate from, LocalDate to, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Therapist(UUID id, String displayName, String email, String userId, long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TherapistPage(List<Therapist> items, String nextCursor) implements Pages.Page<Therapist> {
    }

    /** The whole of a therapist as they become: no e-mail or login, none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TherapistUpdate(String displayName, String email, String userId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewTherapist(String displayName, String email, String userId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RosterEntry(UUID locationId, String dayOfWeek, String start, String end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Roster(UUID therapistId, List<RosterEntry> entries, long version) {
        public Roster {
            entries = entries == null ? List.of() : entries;
        }
    }

    public record RosterUpdate(List<RosterEntry> entries) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Leave(UUID id, UUID therapistId, UUID locationId, Instant from, Instant to, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeavePage(List<Leave> items, String nextCursor) {
        public LeavePage {
            items = items == null ? List.of() : items;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewLeave(OffsetDateTime from, OffsetDateTime to, String reason, UUID locationId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Service(UUID id, String name, int durationMinutes, int bufferMinutes, int priceCents, String currency,
                         List<UUID> therapistIds, long version) {
        public Service {
            therapistIds = therapistIds == null ? List.of() : therapistIds;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServicePage(List<Service> items, String nextCursor) implements Pages.Page<Service> {
    }

    /** A new service, or the whole of one as it becomes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceFields(String name, Integer durationMinutes, Integer bufferMinutes, Integer priceCents,
                                String currency, List<UUID> therapistIds) {
    }
}
