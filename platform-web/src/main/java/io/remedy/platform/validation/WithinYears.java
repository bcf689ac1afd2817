package io.remedy.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date or instant that must lie in a window around today, narrower than the platform's global window of years,
 * where its meaning asks for it (a session starts within the next two years, not in 2099). Null is valid (use
 * {@code @NotNull} too). Supports {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code LocalDate}
 * and {@code LocalDateTime} (local values are compared with today in UTC).
 */
@Documented
@Constraint(validatedBy = WithinYearsValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WithinYears {

    /** How many years back from now the value may lie. */
    int past();

    /** How many years ahead of now the value may lie. */
    int future();

    String message() default "must lie between {past} year(s) ago and {future} year(s) from now";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
