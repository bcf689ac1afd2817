package io.remedy.booking.availability;

import java.time.DayOfWeek;

/**
 * A wall-clock interval on a weekday, in minutes from local midnight: {@code [startMinute, endMinute)}, with 1440
 * meaning the end of the day. It stays on the wall clock across daylight-saving changes.
 */
public record WeeklyInterval(DayOfWeek day, int startMinute, int endMinute) {

    public static final int END_OF_DAY = 24 * 60;

    public WeeklyInterval {
        if (day == null || startMinute < 0 || startMinute >= END_OF_DAY || endMinute <= startMinute
                || endMinute > END_OF_DAY) {
            throw new IllegalArgumentException("Not a wall-clock interval: " + day + " " + startMinute + ".." + endMinute);
        }
    }

    /** True if the two intervals are on the same weekday and share a minute. */
    public boolean overlaps(WeeklyInterval other) {
        return day == other.day && startMinute < other.endMinute && other.startMinute < endMinute;
    }

    /** "HH:mm" from minutes after midnight; 1440 is "24:00". */
    public static String clock(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /**
     * Minutes after midnight from "HH:mm" (24:00 allowed: the end of the day).
     *
     * @throws IllegalArgumentException if the text is no such time
     */
    public static int minutes(String clock) {
        if (clock == null || !clock.matches("([01][0-9]|2[0-4]):[0-5][0-9]")) {
            throw new IllegalArgumentException("not a time HH:mm");
        }
        int hours = Integer.parseInt(clock.substring(0, 2));
        int minutes = Integer.parseInt(clock.substring(3, 5));
        if (hours == 24 && minutes != 0) {
            throw new IllegalArgumentException("not a time HH:mm");
        }
        return hours * 60 + minutes;
    }
}
