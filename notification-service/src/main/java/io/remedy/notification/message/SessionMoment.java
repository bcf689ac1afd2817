package io.remedy.notification.message;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A moment as the recipient reads it: in the location's time zone and the recipient's language. */
public record SessionMoment(ZonedDateTime at) {

    public static SessionMoment of(Instant instant, String timeZone) {
        return of(instant, ZoneId.of(timeZone));
    }

    public static SessionMoment of(Instant instant, ZoneId zone) {
        return new SessionMoment(instant.atZone(zone));
    }

    /** Locales whose zone abbreviations name the zones clinics are in (EST/EDT, GMT/BST, CET, AEST...). */
    private static final List<Locale> ZONE_NAMING = List.of(Locale.US, Locale.UK);

    /** A short name that is only an offset ({@code GMT-05:00}, {@code GMT+1}): not the zone's name. */
    private static final Pattern OFFSET_ONLY = Pattern.compile("(GMT|UTC)[+-].*");

    /** E.g. {@code Tuesday 1 December 2026, 10:00 GMT}; {@code 10:00 EST} in New York, whatever the language. */
    public String describe(Locale locale) {
        return at.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale)) + " " + zoneName(locale);
    }

    /**
     * The zone's abbreviation at this moment (EST or EDT, GMT or BST): the recipient's locale often knows only the
     * offset of a zone abroad (British English writes New York's as {@code GMT-05:00}), so an offset-only name is
     * asked again in the locales that name clinics' zones; the offset stays when none has a name.
     */
    public String zoneName(Locale locale) {
        String name = at.format(DateTimeFormatter.ofPattern("zzz", locale));
        for (Locale naming : ZONE_NAMING) {
            if (!OFFSET_ONLY.matcher(name).matches()) {
                break;
            }
            name = at.format(DateTimeFormatter.ofPattern("zzz", naming));
        }
        return name;
    }

    /** E.g. {@code 01/12/2026 10:00} in the locale's short style, for SMS. */
    public String brief(Locale locale) {
        return at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
    }

    /** The wall-clock time alone, e.g. {@code 10:00}. */
    public String time() {
        return at.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** The day alone, e.g. {@code Tuesday 1 December 2026}. */
    public String day(Locale locale) {
        return at.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
    }
}
