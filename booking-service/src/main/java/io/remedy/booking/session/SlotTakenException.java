package io.remedy.booking.session;

import io.remedy.platform.problem.ProblemException;

/** A 409 the database gave: the slot was taken by a concurrent change; the transaction cannot go on. */
public final class SlotTakenException extends ProblemException {

    private static final long serialVersionUID = 1L;

    SlotTakenException(ProblemException taken) {
        super(taken.problem());
    }
}
