package io.remedy.booking.location;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Finding a location of the caller's chain, and who may change it. */
@ApplicationScoped
class LocationAccess {

    private final LocationRepository locations;

    LocationAccess(LocationRepository locations) {
        this.locations = locations;
    }

    /** The location with this id in the caller's chain; 404 otherwise. */
    Uni<Location> existing(Caller caller, UUID id) {
        return locations.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Location", id));
    }

    /** Chain admins change every location; a branch manager those in their token's locations. */
    static void requireManagerOf(Caller caller, Location location) {
        if (!caller.hasRole(Caller.CHAIN_ADMIN)
                && !(caller.hasRole(Caller.BRANCH_MANAGER) && caller.mayActAt(location.code))) {
            throw ProblemException.forbidden("Only the chain's admins and this location's managers change it");
        }
    }
}
