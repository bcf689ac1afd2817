package io.remedy.platform.testapp;

import java.util.UUID;

/** Event data the test application publishes through the outbox. */
public record AppointmentEvent(UUID appointmentId, String what, int n) {

    static final String TOPIC = "platform.test.appointments";
}
