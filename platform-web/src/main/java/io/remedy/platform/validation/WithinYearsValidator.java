package io.remedy.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Checks {@link WithinYears} against the current date in UTC. */
public class WithinYearsValidator implements ConstraintValidator<WithinYears, Object> {

    private int past;
    private int future;

    @Override
    public void initialize(WithinYears annotation) {
        past = annotation.past();
        future = annotation.future();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        LocalDateTime at = utc(value);
        if (at == null) {
            return true;
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return !at.isBefore(now.minusYears(past)) && !at.isAfter(now.plusYears(future));
    }

    static LocalDateTime utc(Object value) {
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime time) {
            return LocalDateTime.ofInstant(time.toInstant(), ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime time) {
            return LocalDateTime.ofInstant(time.toInstant(), ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime time) {
            return time;
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        return null;
    }
}
