package io.remedy.console.diary;

import io.remedy.console.api.Booking;
import io.remedy.console.api.Catalogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One location's week as a table: a row per therapist, a column per day (Monday first). A cell lists the therapist's
 * sessions of that day, coloured by status (cancelled ones left out: they free their time), and how many free times of
 * the chosen service remain, as a link to that day's diary. Closed days say so in their heading; the room hires of
 * each day make the last row.
 */
public record DiaryWeek(Booking.Location location, List<Booking.Location> locations, LocalDate weekStart,
                        String label, String previousWeek, String nextWeek, List<Day> days, List<TherapistRow> rows,
                        List<List<DiaryDay.HireLine>> hires, boolean anyHire, List<Booking.Service> services,
                        UUID serviceId) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A day's column heading: its date, where its day view is, and the closure's reason if the location is closed. */
    public record Day(LocalDate date, String label, String href, boolean closed, String closedReason, boolean today) {
    }

    /** A therapist's week: a cell per day. */
    public record TherapistRow(Booking.Therapist therapist, List<WeekCell> cells) {
    }

    /**
     * A therapist's day in the week: sessions by start, and the number of free times left (with where to book them);
     * a booked session dropped on it moves to this day at its time of day.
     */
    public record WeekCell(LocalDate date, List<DiaryDay.SessionCard> sessions, int free, String freeHref) {
    }

    static DiaryWeek build(Booking.Location location, List<Booking.Location> locations, LocalDate anyDay, LocalDate today,
                           Locale locale, Catalogue catalogue, List<Booking.Room> rooms, List<Booking.Session> sessions,
                           Map<UUID, Booking.Client> clients, List<Booking.Slot> slots, List<Booking.Closure> closures,
                           List<Booking.Hire> hires, UUID serviceId, Function<String, String> statusLabel) {
        ZoneId zone = ZoneId.of(location.timeZone());
        LocalDate monday = weekOf(anyDay);
        Map<UUID, String> roomNames = new HashMap<>();
        rooms.forEach(room -> roomNames.put(room.id(), room.name()));
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern("EEE d MMM", locale);

        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            Booking.Closure closure = closures.stream()
                    .filter(c -> !date.isBefore(c.from()) && !date.isAfter(c.to())).findFirst().orElse(null);
            days.add(new Day(date, date.format(dayLabel), dayHref(location.id(), date, serviceId), closure != null,
                    closure == null || closure.reason() == null ? "" : closure.reason(), date.equals(today)));
        }

        List<Booking.Session> shown = sessions.stream().filter(s -> !"CANCELLED".equals(s.status()))
                .sorted(Comparator.comparing(Booking.Session::startsAt)).toList();
        Set<UUID> rowIds = new LinkedHashSet<>();
        shown.forEach(s -> rowIds.add(s.therapistId()));
        slots.forEach(s -> rowIds.add(s.therapistId()));
        List<TherapistRow> rows = new ArrayList<>();
        for (Booking.Therapist therapist : catalogue.therapists()) {
            if (!rowIds.contains(therapist.id())) {
                continue;
            }
            List<WeekCell> cells = new ArrayList<>();
            for (Day day : days) {
                List<DiaryDay.SessionCard> cards = shown.stream()
                        .filter(s -> s.therapistId().equals(therapist.id())
                                && s.startsAt().atZone(zone).toLocalDate().equals(day.date()))
                        .map(s -> DiaryDay.card(s, zone, catalogue, roomNames, clients, statusLabel)).toList();
                int free = (int) slots.stream().filter(slot -> slot.therapistId().equals(therapist.id())
                        && slot.startsAt().atZoneSameInstant(zone).toLocalDate().equals(day.date())).count();
                cells.add(new WeekCell(day.date(), cards, free, day.href()));
            }
            rows.add(new TherapistRow(therapist, cells));
        }

        List<List<DiaryDay.HireLine>> hireDays = new ArrayList<>();
        boolean anyHire = false;
        for (Day day : days) {
            List<DiaryDay.HireLine> lines = hires.stream()
                    .filter(hire -> !"CANCELLED".equals(hire.status())
                            && hire.startsAt().atZone(zone).toLocalDate().equals(day.date()))
                    .sorted(Comparator.comparing(Booking.Hire::startsAt))
                    .map(hire -> new DiaryDay.HireLine(TIME.format(hire.startsAt().atZone(zone)) + "–"
                            + TIME.format(hire.endsAt().atZone(zone)), roomNames.getOrDefault(hire.roomId(), ""),
                            hire.practitionerName()))
                    .toList();
            anyHire |= !lines.isEmpty();
            hireDays.add(lines);
        }
        String label = monday.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)) + " – "
                + monday.plusDays(6).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return new DiaryWeek(location, locations, monday, label, monday.minusWeeks(1).toString(),
                monday.plusWeeks(1).toString(), days, rows, hireDays, anyHire, catalogue.services(), serviceId);
    }

    /** The Monday of the week holding {@code day}. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static String dayHref(UUID location, LocalDate date, UUID service) {
        return "/diary?location=" + location + "&date=" + date + (service == null ? "" : "&service=" + service);
    }
}
