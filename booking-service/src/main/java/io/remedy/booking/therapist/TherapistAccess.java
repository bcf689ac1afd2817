package io.remedy.booking.therapist;

import io.remedy.booking.location.Location;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Finding a therapist of the caller's chain, and who may read and manage their roster and leave. */
@ApplicationScoped
class TherapistAccess {

    private final TherapistRepository therapists;

    TherapistAccess(TherapistRepository therapists) {
        this.therapists = therapists;
    }

    /** The therapist with this id in the caller's chain; 404 otherwise. */
    Uni<Therapist> existing(Caller caller, UUID id) {
        return therapists.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Therapist", id));
    }

    /** Admins anywhere; a branch manager at their locations. */
    static boolean mayManage(Caller caller, Location location) {
        return caller.hasRole(Caller.CHAIN_ADMIN)
                || caller.hasRole(Caller.BRANCH_MANAGER) && location != null && caller.mayActAt(location.code);
    }

    /** Front-desk staff, managers and admins read every roster; a therapist their own; nobody else. */
    static void requireReader(Caller caller, Therapist therapist) {
        if (caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST)) {
            return;
        }
        if (caller.hasRole(Caller.THERAPIST) && caller.userId().equals(therapist.userId)) {
            return;
        }
        throw ProblemException.forbidden("Only front-desk staff and the therapist themself read a roster");
    }
}
