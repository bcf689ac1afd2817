package io.remedy.notification.message;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A moment names its zone as people there do (EST, BST), whatever the reader's language knows of it. */
class SessionMomentTest {

    static final Instant WINTER = Instant.parse("2027-01-14T15:00:00Z");
    static final Instant SUMMER = Instant.parse("2027-07-01T09:00:00Z");
    static final Locale BRITISH = Locale.forLanguageTag("en-GB");
    static final Locale SPANISH = Locale.forLanguageTag("es-ES");

    @Test
    void namesTheZoneAbroadByItsAbbreviationNotItsOffset() {
        assertEquals("EST", SessionMoment.of(WINTER, "America/New_York").zoneName(BRITISH));
        assertEquals("EDT", SessionMoment.of(SUMMER, "America/New_York").zoneName(BRITISH));
        assertEquals("PDT", SessionMoment.of(SUMMER, "America/Los_Angeles").zoneName(BRITISH));
        assertEquals("Thursday 14 January 2027, 10:00 EST",
                SessionMoment.of(WINTER, "America/New_York").describe(BRITISH));
    }

    @Test
    void keepsTheNamesTheReadersLanguageHas() {
        assertEquals("GMT", SessionMoment.of(WINTER, "Europe/London").zoneName(BRITISH));
        assertEquals("BST", SessionMoment.of(SUMMER, "Europe/London").zoneName(BRITISH));
        assertEquals("CEST", SessionMoment.of(SUMMER, "Europe/Madrid").zoneName(SPANISH));
    }
}
