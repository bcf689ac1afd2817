package io.remedy.booking.session;

import io.remedy.booking.location.Location;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;

/** The problems booking and moving a session answer: an unknown part (400), a taken therapist, room or client (409). */
final class SessionProblems {

    private SessionProblems() {
    }

    static ProblemException unknown(String field, String what) {
        return ProblemException.validation(field, "no such " + what + " in this chain");
    }

    static ProblemException notARoomOf() {
        return ProblemException.validation("roomId", "is not a room of that location");
    }

    static ProblemException noFreeRoom(Location location) {
        return ProblemException.conflict("No room is free at " + location.code + " for that time",
                new FieldError("roomId", "no free room at that time"));
    }

    static ProblemException therapistTaken() {
        return ProblemException.conflict("The therapist is already booked at that time",
                new FieldError("therapistId", "already booked at that time"));
    }

    static ProblemException clientTaken() {
        return ProblemException.conflict("The client already has a session at that time",
                new FieldError("clientId", "already has a session at that time"));
    }

    static ProblemException roomTaken() {
        return ProblemException.conflict("The room is already booked, hired or held at that time",
                new FieldError("roomId", "already booked, hired or held at that time"));
    }

    /**
     * The database's refusal of an overlapping session, as a 409 naming what is taken; anything else stays a fault.
     * Sessions, room hires and waitlist holds all refuse each other through {@code diary_block}, the one guard.
     */
    static Throwable takenOrFault(Throwable failure) {
        String constraint = Constraints.violated(failure);
        if ("diary_block_therapist_free".equals(constraint)) {
            return new SlotTakenException(therapistTaken());
        }
        if ("diary_block_room_free".equals(constraint)) {
            return new SlotTakenException(roomTaken());
        }
        if ("diary_block_client_free".equals(constraint)) {
            return new SlotTakenException(clientTaken());
        }
        return failure;
    }
}
