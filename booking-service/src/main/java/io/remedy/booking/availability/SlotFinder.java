package io.remedy.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Free slots for a treatment, computed in plain Java from what the database holds for the range: a slot needs the
 * location open for the whole treatment and not closed that day, a therapist rostered there from the start to the end
 * of the buffer and not on leave, nothing else occupying that therapist anywhere, and a free room at the location.
 * Start times step along each location's wall clock; a time the clocks skip does not exist, a repeated one exists
 * twice.
 */
public final class SlotFinder {

    /** Slots in the order the API lists them: start, then location, then therapist. */
    public static final Comparator<Slot> ORDER = Comparator.comparing(Slot::startsAt)
            .thenComparing(Slot::locationCode)
            .thenComparing(slot -> slot.therapistId().toString());

    private SlotFinder() {
    }

    /** What is booked: the treatment's length and the buffer after it (cleaning, notes). */
    public record Treatment(Duration duration, Duration buffer) {
    }

    /** A location as slot finding sees it; rooms in the order a free one is chosen. */
    public record Branch(UUID id, String code, ZoneId zone, WeeklyHours opening, List<ClosedDays> closures,
                         List<UUID> roomIds) {
    }

    /** Whole local days a location is closed, inclusive. */
    public record ClosedDays(LocalDate first, LocalDate last, String reason) {
    }

    /** A therapist offering the treatment: weekly roster per location id, and leave. */
    public record Practitioner(UUID id, String name, Map<UUID, WeeklyHours> rosterByLocation, List<Leave> leave) {
    }

    /** Time off in {@code [start, end)} at one location, or everywhere when {@code locationId} is null. */
    public record Leave(Instant start, Instant end, UUID locationId) {
    }

    /** Something occupying a therapist and/or a room until {@code until} (a session with its buffer, a hire, a hold). */
    public record Occupied(UUID therapistId, UUID roomId, Instant start, Instant until) {
    }

    /** Which local dates to search, the step between start times, and the earliest start (now). */
    public record Search(LocalDate from, LocalDate to, Duration step, Instant notBefore) {
    }

    /** A free slot: where, with whom, in which room, and when (in the location's zone). */
    public record Slot(UUID locationId, String locationCode, ZoneId zone, UUID therapistId, String therapistName,
                       UUID roomId, Instant startsAt, Instant endsAt) {
    }

    /** Every free slot, in {@link #ORDER}. */
    public static List<Slot> find(Treatment treatment, Collection<Branch> branches,
                                  Collection<Practitioner> practitioners, Collection<Occupied> occupied,
                                  Search search) {
        Map<UUID, Spans> therapistBusy = busy(occupied, true);
        Map<UUID, Spans> roomBusy = busy(occupied, false);
        List<Slot> slots = new ArrayList<>();
        for (Branch branch : branches) {
            Spans open = openSpans(branch, search.from().minusDays(1), search.to().plusDays(1));
            if (open.isEmpty() || branch.roomIds().isEmpty()) {
                continue;
            }
            List<Instant> starts = new ArrayList<>();
            for (Instant start : startTimes(search.from(), search.to(), branch.zone(), search.step())) {
                if (!start.isBefore(search.notBefore()) && open.covers(start, start.plus(treatment.duration()))) {
                    starts.add(start);
                }
            }
            for (Practitioner practitioner : practitioners) {
                WeeklyHours roster = practitioner.rosterByLocation().get(branch.id());
                if (roster == null || roster.isEmpty()) {
                    continue;
                }
                Spans working = workingSpans(roster, practitioner.leave(), branch.id(), branch.zone(),
                        search.from().minusDays(1), search.to().plusDays(1));
                Spans busy = therapistBusy.getOrDefault(practitioner.id(), Spans.none());
                for (Instant start : starts) {
                    Instant end = start.plus(treatment.duration());
                    Instant until = end.plus(treatment.buffer());
                    if (!working.covers(start, until) || busy.overlaps(start, until)) {
                        continue;
                    }
                    UUID room = firstFreeRoom(branch.roomIds(), roomBusy, start, until);
                    if (room != null) {
                        slots.add(new Slot(branch.id(), branch.code(), branch.zone(), practitioner.id(),
                                practitioner.name(), room, start, end));
                    }
                }
            }
        }
        slots.sort(ORDER);
        return slots;
    }

    /** True if the location is open for all of {@code [start, end)}, closures included. */
    public static boolean isOpen(Branch branch, Instant start, Instant end) {
        LocalDate first = start.atZone(branch.zone()).toLocalDate().minusDays(1);
        LocalDate last = end.atZone(branch.zone()).toLocalDate().plusDays(1);
        return openSpans(branch, first, last).covers(start, end);
    }

    /** The closure that falls on {@code [start, end)}, or null. */
    public static ClosedDays closureOn(Branch branch, Instant start, Instant end) {
        for (ClosedDays closed : branch.closures()) {
            if (WeeklyHours.days(closed.first(), closed.last(), branch.zone()).overlaps(start, end)) {
                return closed;
            }
        }
        return null;
    }

    /** True if the roster at the location holds all of {@code [start, until)} and no leave falls on it. */
    public static boolean isWorking(WeeklyHours roster, Collection<Leave> leave, UUID locationId, ZoneId zone,
                                    Instant start, Instant until) {
        LocalDate first = start.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = until.atZone(zone).toLocalDate().plusDays(1);
        return workingSpans(roster, leave, locationId, zone, first, last).covers(start, until);
    }

    /**
     * Start times on the wall clock of the zone, every {@code step} from local midnight of each date
     * {@code from..to}: a local time the clocks skip yields none, one they repeat yields two instants.
     */
    public static List<Instant> startTimes(LocalDate from, LocalDate to, ZoneId zone, Duration step) {
        long stepMinutes = step.toMinutes();
        if (stepMinutes <= 0) {
            throw new IllegalArgumentException("The step is at least a minute");
        }
        List<Instant> starts = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (long minute = 0; minute < WeeklyInterval.END_OF_DAY; minute += stepMinutes) {
                LocalDateTime local = date.atStartOfDay().plusMinutes(minute);
                for (ZoneOffset offset : zone.getRules().getValidOffsets(local)) {
                    starts.add(local.toInstant(offset));
                }
            }
        }
        starts.sort(Comparator.naturalOrder());
        return starts;
    }

    /** Slots after the cursor's slot (exclusive), at most {@code limit}. */
    public static List<Slot> after(List<Slot> sorted, Slot cursor, int limit) {
        List<Slot> page = new ArrayList<>(Math.min(limit, sorted.size()));
        for (Slot slot : sorted) {
            if (cursor != null && ORDER.compare(slot, cursor) <= 0) {
                continue;
            }
            page.add(slot);
            if (page.size() == limit) {
                break;
            }
        }
        return page;
    }

    private static Spans openSpans(Branch branch, LocalDate first, LocalDate last) {
        List<Span> closed = new ArrayList<>();
        for (ClosedDays days : branch.closures()) {
            closed.add(WeeklyHours.days(days.first(), days.last(), branch.zone()));
        }
        return branch.opening().between(first, last, branch.zone()).minus(Spans.of(closed));
    }

    private static Spans workingSpans(WeeklyHours roster, Collection<Leave> leave, UUID locationId, ZoneId zone,
                                      LocalDate first, LocalDate last) {
        List<Span> away = new ArrayList<>();
        for (Leave off : leave) {
            if (off.locationId() == null || off.locationId().equals(locationId)) {
                away.add(new Span(off.start(), off.end()));
            }
        }
        return roster.between(first, last, zone).minus(Spans.of(away));
    }

    private static Map<UUID, Spans> busy(Collection<Occupied> occupied, boolean byTherapist) {
        Map<UUID, List<Span>> spans = new HashMap<>();
        for (Occupied o : occupied) {
            UUID key = byTherapist ? o.therapistId() : o.roomId();
            if (key != null && o.until().isAfter(o.start())) {
                spans.computeIfAbsent(key, k -> new ArrayList<>()).add(new Span(o.start(), o.until()));
            }
        }
        Map<UUID, Spans> merged = new HashMap<>();
        spans.forEach((key, list) -> merged.put(key, Spans.of(list)));
        return merged;
    }

    private static UUID firstFreeRoom(List<UUID> rooms, Map<UUID, Spans> roomBusy, Instant start, Instant until) {
        for (UUID room : rooms) {
            if (!roomBusy.getOrDefault(room, Spans.none()).overlaps(start, until)) {
                return room;
            }
        }
        return null;
    }
}
