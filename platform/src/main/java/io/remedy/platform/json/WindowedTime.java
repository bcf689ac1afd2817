package io.remedy.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Wraps Jackson's java.time readers: a date or instant must be an ISO-8601 string (no epoch number, no array) and
 * lie in the sane window of years; a time of day must be a string too.
 */
final class WindowedTime extends DelegatingDeserializer {

    /** The types whose values carry a year. */
    static final Set<Class<?>> DATED = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
            LocalDate.class, LocalDateTime.class);

    private final int earliestYear;
    private final int latestYear;

    WindowedTime(JsonDeserializer<?> delegate, int earliestYear, int latestYear) {
        super(delegate);
        this.earliestYear = earliestYear;
        this.latestYear = latestYear;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new WindowedTime(delegate, earliestYear, latestYear);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return ctxt.handleUnexpectedToken(handledType(), p);
        }
        Object value = super.deserialize(p, ctxt);
        Integer year = yearOf(value);
        if (year != null && (year < earliestYear || year > latestYear)) {
            throw new UnsafeValueException(p, "must lie in the years " + earliestYear + " to " + latestYear,
                    handledType());
        }
        return value;
    }

    static Integer yearOf(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC).getYear();
        }
        if (value instanceof OffsetDateTime time) {
            return time.getYear();
        }
        if (value instanceof ZonedDateTime time) {
            return time.getYear();
        }
        if (value instanceof LocalDate date) {
            return date.getYear();
        }
        if (value instanceof LocalDateTime time) {
            return time.getYear();
        }
        return null;
    }
}
