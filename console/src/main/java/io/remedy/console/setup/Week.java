package io.remedy.console.setup;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week as the set-up forms show it: each day a row with up to {@value #SLOTS} times from-to (opening hours of a
 * location, or a therapist's hours at one location). Inputs are named {@code <prefix>-<DAY>-<slot>-start|end}; the
 * API's errors about {@code intervals[i]} / {@code entries[i]} are put beside the input the i-th interval came from.
 */
public record Week(String prefix, List<Day> days) {

    /** Times a day: two cover a split day (a lunch break). */
    public static final int SLOTS = 2;

    private static final Pattern INDEXED = Pattern.compile("(?:intervals|entries)\\[(\\d+)]\\.?(\\w*)");

    /** One day's row: its name and its slots (blank when unused). */
    public record Day(String day, List<Slot> slots) {
    }

    /** One from-to of a day, as typed or as the API gave it. */
    public record Slot(String day, int index, String start, String end, String startName, String endName) {
    }

    /** The week of these intervals (day, start, end), each day's first {@value #SLOTS} in time order. */
    public static Week of(String prefix, List<String[]> intervals) {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String[]> mine = intervals.stream().filter(i -> day.name().equals(i[0]))
                    .sorted((a, b) -> a[1].compareTo(b[1])).toList();
            List<Slot> slots = new ArrayList<>();
            for (int slot = 0; slot < SLOTS; slot++) {
                String start = slot < mine.size() ? mine.get(slot)[1] : "";
                String end = slot < mine.size() ? mine.get(slot)[2] : "";
                slots.add(slot(prefix, day.name(), slot, start, end));
            }
            days.add(new Day(day.name(), slots));
        }
        return new Week(prefix, days);
    }

    /** The week as typed into the form (the values of the inputs this week names). */
    public static Week typed(String prefix, Map<String, String> form) {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Slot> slots = new ArrayList<>();
            for (int slot = 0; slot < SLOTS; slot++) {
                String base = prefix + "-" + day.name() + "-" + slot;
                slots.add(slot(prefix, day.name(), slot, form.getOrDefault(base + "-start", "").trim(),
                        form.getOrDefault(base + "-end", "").trim()));
            }
            days.add(new Day(day.name(), slots));
        }
        return new Week(prefix, days);
    }

    private static Slot slot(String prefix, String day, int index, String start, String end) {
        String base = prefix + "-" + day + "-" + index;
        return new Slot(day, index, start, end, base + "-start", base + "-end");
    }

    /**
     * The filled slots in order, each made into what the API takes; a slot with only one of its times is sent as it
     * is, so that the API names the missing one.
     */
    public <T> List<T> intervals(BiFunction<Slot, Integer, T> make) {
        List<T> out = new ArrayList<>();
        for (Slot slot : filled()) {
            out.add(make.apply(slot, out.size()));
        }
        return out;
    }

    List<Slot> filled() {
        return days.stream().flatMap(day -> day.slots().stream())
                .filter(slot -> !slot.start().isEmpty() || !slot.end().isEmpty()).toList();
    }

    /**
     * The form input an API field names: {@code intervals[3].end} is the end of the fourth filled slot; a field that
     * names no slot of this week stays as it is. {@code offset}: the index of this week's first interval in the request.
     */
    public String input(String field, int offset) {
        Matcher matcher = INDEXED.matcher(field);
        if (!matcher.find()) {
            return field;
        }
        int index = Integer.parseInt(matcher.group(1)) - offset;
        List<Slot> filled = filled();
        if (index < 0 || index >= filled.size()) {
            return field;
        }
        Slot slot = filled.get(index);
        return "end".equals(matcher.group(2)) ? slot.endName() : slot.startName();
    }

    /** Whether the API's field belongs to this week's part of the request. */
    public boolean holds(String field, int offset) {
        Matcher matcher = INDEXED.matcher(field);
        if (!matcher.find()) {
            return false;
        }
        int index = Integer.parseInt(matcher.group(1)) - offset;
        return index >= 0 && index < filled().size();
    }
}
