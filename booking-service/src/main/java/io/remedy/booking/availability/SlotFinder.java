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
 * Free slots for a treatment, computed in plain Java from what the database holds for the range, or for a window of it
 * (so that a page is found without computing the whole range): a slot needs the location open for the whole
 * treatment and not closed that day, a therapist rostered there from the start to the end of the buffer and not on
 * leave, nothing else occupying that therapist anywhere, and a free room at the location.
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
        Span range = startRange(branches.stream().map(Branch::zone).toList(), search.from(), search.to());
        return range == null ? List.of()
                : find(treatment, branches, practitioners, occupied, search, range, null, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} free slots after {@code after} (exclusive; null for the first) that start inside
     * {@code window} (from its start, before its end), in {@link #ORDER}. Start times are visited in that order and
     * the search stops once it has {@code limit}, so a page costs about its own size, not the window's. Windows that
     * split a search's {@link #startRange} give, one after another, exactly the slots of the whole search in the same
     * order; {@code occupied} needs only what overlaps {@link #occupancyToRead} of the window.
     */
    public static List<Slot> find(Treatment treatment, Collection<Branch> branches,
                                  Collection<Practitioner> practitioners, Collection<Occupied> occupied,
                                  Search search, Span window, Slot after, int limit) {
        Instant lastUntil = occupancyToRead(treatment, window).end();
        Instant notBefore = window.start().isAfter(search.notBefore()) ? window.start() : search.notBefore();
        List<Opening> openings = new ArrayList<>();
        for (Branch branch : branches) {
            ZoneId zone = branch.zone();
            LocalDate firstDate = latest(search.from(), window.start().atZone(zone).toLocalDate());
            LocalDate lastDate = earliest(search.to(), window.end().atZone(zone).toLocalDate());
            if (firstDate.isAfter(lastDate) || branch.roomIds().isEmpty()) {
                continue;
            }
            // the hours of the days a treatment starting in the window can touch, and a day either side (as a
            // search of the whole range reads them): the same instants, so the same slots
            LocalDate hoursFrom = firstDate.minusDays(1);
            LocalDate hoursTo = earliest(search.to().plusDays(1), lastUntil.atZone(zone).toLocalDate().plusDays(1));
            Spans open = openSpans(branch, hoursFrom, hoursTo);
            if (open.isEmpty()) {
                continue;
            }
            List<Staff> staff = new ArrayList<>();
            for (Practitioner practitioner : practitioners) {
                WeeklyHours roster = practitioner.rosterByLocation().get(branch.id());
                if (roster != null && !roster.isEmpty()) {
                    staff.add(new Staff(practitioner, practitioner.id().toString(),
                            workingSpans(roster, practitioner.leave(), branch.id(), zone, hoursFrom, hoursTo)));
                }
            }
            if (staff.isEmpty()) {
                continue;
            }
            staff.sort(Comparator.comparing(Staff::key));
            for (Instant start : startTimes(firstDate, lastDate, zone, search.step())) {
                if (!start.isBefore(notBefore) && start.isBefore(window.end())
                        && open.covers(start, start.plus(treatment.duration()))) {
                    openings.add(new Opening(branch, start, staff));
                }
            }
        }
        openings.sort(Comparator.comparing(Opening::start).thenComparing(opening -> opening.branch().code()));
        Map<UUID, Spans> therapistBusy = busy(occupied, true);
        Map<UUID, Spans> roomBusy = busy(occupied, false);
        List<Slot> slots = new ArrayList<>();
        for (Opening opening : openings) {
            Branch branch = opening.branch();
            Instant start = opening.start();
            Instant end = start.plus(treatment.duration());
            Instant until = end.plus(treatment.buffer());
            for (Staff member : opening.staff()) {
                Practitioner practitioner = member.practitioner();
                if (after != null && compare(start, branch.code(), member.key(), after) <= 0) {
                    continue;
                }
                if (!member.working().covers(start, until)
                        || therapistBusy.getOrDefault(practitioner.id(), Spans.none()).overlaps(start, until)) {
                    continue;
                }
                UUID room = firstFreeRoom(branch.roomIds(), roomBusy, start, until);
                if (room != null) {
                    slots.add(new Slot(branch.id(), branch.code(), branch.zone(), practitioner.id(),
                            practitioner.name(), room, start, end));
                    if (slots.size() >= limit) {
                        return slots;
                    }
                }
            }
        }
        return slots;
    }

    /** A therapist rostered at a branch, their {@link #ORDER} key, and when they work there. */
    private record Staff(Practitioner practitioner, String key, Spans working) {
    }

    /** A start time at a branch where a treatment fits the opening hours, with whoever is rostered there. */
    private record Opening(Branch branch, Instant start, List<Staff> staff) {
    }

    /** {@link #ORDER} of a slot at this start, location and therapist against {@code slot}. */
    private static int compare(Instant start, String locationCode, String therapistKey, Slot slot) {
        int byStart = start.compareTo(slot.startsAt());
        if (byStart != 0) {
            return byStart;
        }
        int byLocation = locationCode.compareTo(slot.locationCode());
        return byLocation != 0 ? byLocation : therapistKey.compareTo(slot.therapistId().toString());
    }

    /**
     * Where the slots of the local dates {@code from..to} can start, over locations in these zones: from the
     * earliest local midnight that begins {@code from} to the latest that ends {@code to}; null without a zone.
     */
    public static Span startRange(Collection<ZoneId> zones, LocalDate from, LocalDate to) {
        Instant start = null;
        Instant end = null;
        for (ZoneId zone : zones) {
            Instant first = from.atStartOfDay(zone).toInstant();
            Instant last = to.plusDays(1).atStartOfDay(zone).toInstant();
            start = start == null || first.isBefore(start) ? first : start;
            end = end == null || last.isAfter(end) ? last : end;
        }
        return start == null ? null : new Span(start, end);
    }

    /**
     * What may take a therapist's or a room's time from a slot starting in {@code window}: the window and one
     * treatment with its buffer after it. Occupancy outside it cannot touch such a slot.
     */
    public static Span occupancyToRead(Treatment treatment, Span window) {
        return new Span(window.start(), window.end().plus(treatment.duration()).plus(treatment.buffer()));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
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
