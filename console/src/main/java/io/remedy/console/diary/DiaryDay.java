package io.remedy.console.diary;

import io.remedy.console.api.Booking;
import io.remedy.console.api.Catalogue;
import io.remedy.console.page.FormErrors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One location's day as a grid the template draws as a table: a row per quarter hour, a column per therapist; a
 * session fills the rows it lasts (rowspan), a free slot of the chosen service is a link to book it. Cancelled sessions
 * and no-shows free their time: they are listed under the grid, not in it.
 */
public record DiaryDay(Booking.Location location, List<Booking.Location> locations, LocalDate date, String dateLabel,
                       String previousDay, String nextDay, List<Booking.Therapist> therapists, List<Row> rows,
                       List<SessionCard> offGrid, List<String> closures, List<HireLine> hires,
                       List<Booking.Service> services, UUID serviceId, String done, boolean canBook,
                       FormErrors moveProblem) {

    static final int STEP_MINUTES = 15;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A quarter hour of the day: its label and one cell per therapist. */
    public record Row(String time, boolean hour, List<Cell> cells) {
    }

    /**
     * A cell: a session starting here (with its height), a free slot starting here, covered by a session above, or empty;
     * its therapist and time say where a session dropped on it moves to.
     */
    public record Cell(SessionCard session, int span, FreeSlot free, boolean covered, UUID therapistId, String time) {

        public boolean empty() {
            return session == null && free == null && !covered;
        }
    }

    /** A session as the diary shows it. */
    public record SessionCard(UUID id, String time, String client, String therapist, String service, String room,
                              String status, String statusClass, boolean held, boolean late, long version) {

        /** Only a booked session that no red-flag hold stops can be moved (dragged). */
        public boolean movable() {
            return "booked".equals(statusClass) && !held;
        }

        /** When it starts, {@code HH:mm} in the location's time. */
        public String start() {
            return time.substring(0, Math.min(5, time.length()));
        }
    }

    /** A free slot of the chosen service: where booking it leads. */
    public record FreeSlot(String time, String href, String therapist) {
    }

    public record HireLine(String time, String room, String practitioner) {
    }

    static DiaryDay build(Booking.Location location, List<Booking.Location> locations, LocalDate date, Locale locale,
                          Catalogue catalogue, List<Booking.Room> rooms, List<Booking.Session> sessions,
                          Map<UUID, Booking.Client> clients, List<Booking.Slot> slots, List<Booking.Closure> closures,
                          List<Booking.Hire> hires, UUID serviceId, String done, boolean canBook,
                          java.util.function.Function<String, String> statusLabel) {
        ZoneId zone = ZoneId.of(location.timeZone());
        Map<UUID, String> roomNames = new HashMap<>();
        rooms.forEach(room -> roomNames.put(room.id(), room.name()));

        List<Booking.Session> onGrid = sessions.stream()
                .filter(s -> !"CANCELLED".equals(s.status()) && !"NO_SHOW".equals(s.status()))
                .sorted(Comparator.comparing(Booking.Session::startsAt)).toList();
        List<SessionCard> offGrid = sessions.stream()
                .filter(s -> "CANCELLED".equals(s.status()) || "NO_SHOW".equals(s.status()))
                .sorted(Comparator.comparing(Booking.Session::startsAt))
                .map(s -> card(s, zone, catalogue, roomNames, clients, statusLabel)).toList();

        // columns: every therapist with a session or a free slot here today
        Set<UUID> columnIds = new LinkedHashSet<>();
        onGrid.forEach(s -> columnIds.add(s.therapistId()));
        slots.forEach(s -> columnIds.add(s.therapistId()));
        List<Booking.Therapist> columns = catalogue.therapists().stream()
                .filter(t -> columnIds.contains(t.id())).toList();

        int first = 8 * 60;
        int last = 18 * 60;
        for (Booking.Session s : onGrid) {
            first = Math.min(first, minuteOfDay(s.startsAt(), zone, date, 0));
            last = Math.max(last, minuteOfDay(s.endsAt(), zone, date, 24 * 60));
        }
        for (Booking.Slot s : slots) {
            first = Math.min(first, minuteOfDay(s.startsAt().toInstant(), zone, date, 0));
            last = Math.max(last, minuteOfDay(s.endsAt().toInstant(), zone, date, 24 * 60));
        }
        first = first / STEP_MINUTES * STEP_MINUTES;
        last = Math.min(24 * 60, (last + STEP_MINUTES - 1) / STEP_MINUTES * STEP_MINUTES);
        int rowCount = (last - first) / STEP_MINUTES;
        // each row's time written once, not once per cell of it
        String[] times = new String[rowCount];
        for (int r = 0; r < rowCount; r++) {
            times[r] = timeOfRow(first, r);
        }

        Cell[][] grid = new Cell[rowCount][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            UUID therapist = columns.get(c).id();
            for (Booking.Session s : onGrid) {
                if (!s.therapistId().equals(therapist)) {
                    continue;
                }
                int startRow = Math.max(0, (minuteOfDay(s.startsAt(), zone, date, 0) - first) / STEP_MINUTES);
                int endMinute = minuteOfDay(s.endsAt(), zone, date, 24 * 60);
                int endRow = Math.min(rowCount, Math.max(startRow + 1, (endMinute - first + STEP_MINUTES - 1) / STEP_MINUTES));
                if (grid[startRow][c] != null) {
                    continue;
                }
                grid[startRow][c] = new Cell(card(s, zone, catalogue, roomNames, clients, statusLabel), endRow - startRow, null,
                        false, therapist, times[startRow]);
                for (int r = startRow + 1; r < endRow; r++) {
                    grid[r][c] = new Cell(null, 0, null, true, therapist, times[r]);
                }
            }
            Set<Integer> slotRows = new LinkedHashSet<>();
            for (Booking.Slot slot : slots) {
                if (!slot.therapistId().equals(therapist)) {
                    continue;
                }
                int row = (minuteOfDay(slot.startsAt().toInstant(), zone, date, 0) - first) / STEP_MINUTES;
                if (row < 0 || row >= rowCount || grid[row][c] != null || !slotRows.add(row)) {
                    continue;
                }
                String time = TIME.format(slot.startsAt().atZoneSameInstant(zone));
                grid[row][c] = new Cell(null, 1, new FreeSlot(time, bookHref(location.id(), serviceId, slot),
                        columns.get(c).displayName()), false, therapist, times[row]);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            int minute = first + r * STEP_MINUTES;
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(grid[r][c] == null ? new Cell(null, 1, null, false, columns.get(c).id(), times[r])
                        : grid[r][c]);
            }
            rows.add(new Row(times[r], minute % 60 == 0, cells));
        }

        List<String> closed = closures.stream()
                .filter(closure -> !date.isBefore(closure.from()) && !date.isAfter(closure.to()))
                .map(closure -> closure.reason() == null ? "" : closure.reason()).toList();
        List<HireLine> hireLines = hires.stream()
                .filter(hire -> !"CANCELLED".equals(hire.status()))
                .sorted(Comparator.comparing(Booking.Hire::startsAt))
                .map(hire -> new HireLine(TIME.format(hire.startsAt().atZone(zone)) + "–" + TIME.format(hire.endsAt().atZone(zone)),
                        roomNames.getOrDefault(hire.roomId(), ""), hire.practitionerName()))
                .toList();
        String label = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        return new DiaryDay(location, locations, date, label, date.minusDays(1).toString(), date.plusDays(1).toString(),
                columns, rows, offGrid, closed, hireLines, catalogue.services(), serviceId, done, canBook,
                FormErrors.NONE);
    }

    /** The same day, with why a move (a dragged session) was refused. */
    DiaryDay refusedMove(FormErrors problem) {
        return new DiaryDay(location, locations, date, dateLabel, previousDay, nextDay, therapists, rows, offGrid,
                closures, hires, services, serviceId, null, canBook, problem);
    }

    private static String timeOfRow(int firstMinute, int row) {
        int minute = firstMinute + row * STEP_MINUTES;
        return TIME.format(LocalTime.of(minute / 60 % 24, minute % 60));
    }

    static SessionCard card(Booking.Session s, ZoneId zone, Catalogue catalogue, Map<UUID, String> roomNames,
                            Map<UUID, Booking.Client> clients, java.util.function.Function<String, String> statusLabel) {
        Booking.Client client = clients.get(s.clientId());
        String time = TIME.format(s.startsAt().atZone(zone)) + "–" + TIME.format(s.endsAt().atZone(zone));
        return new SessionCard(s.id(), time, client == null ? "—" : client.name(), catalogue.therapistName(s.therapistId()),
                catalogue.serviceName(s.serviceId()), roomNames.getOrDefault(s.roomId(), ""), statusLabel.apply(s.status()),
                s.status().toLowerCase(Locale.ROOT).replace('_', '-'), s.hold() != null, s.lateCancellation(),
                s.version());
    }

    private static int minuteOfDay(Instant at, ZoneId zone, LocalDate date, int outside) {
        ZonedDateTime local = at.atZone(zone);
        if (local.toLocalDate().isBefore(date)) {
            return 0;
        }
        if (local.toLocalDate().isAfter(date)) {
            return outside == 0 ? 24 * 60 : outside;
        }
        return local.getHour() * 60 + local.getMinute();
    }

    static String bookHref(UUID location, UUID service, Booking.Slot slot) {
        return "/diary/book?location=" + location + "&service=" + service + "&therapist=" + slot.therapistId()
                + (slot.roomId() == null ? "" : "&room=" + slot.roomId())
                + "&startsAt=" + URLEncoder.encode(slot.startsAt().toString(), StandardCharsets.UTF_8);
    }
}
