package io.remedy.platform.testapp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;

/** Booking request of the test application. */
public record AppointmentRequest(@NotBlank String location, @NotNull Instant startsAt, @NotNull Kind kind,
                                 @NotNull @Positive Integer minutes, boolean failAfterAppend) {
}
