package io.remedy.booking.waitlist;

import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.session.SessionAccess;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Who may see and act on a waitlist entry: its client, and staff at its location (of whom only the front desk acts).
 * Someone who may not see an entry is answered 404, as if it did not exist.
 */
@ApplicationScoped
class WaitlistAccess {

    private final WaitlistEntryRepository entries;
    private final LocationRepository locations;
    private final SessionAccess access;

    WaitlistAccess(WaitlistEntryRepository entries, LocationRepository locations, SessionAccess access) {
        this.entries = entries;
        this.locations = locations;
        this.access = access;
    }

    /** An entry and the caller's relation to it. */
    record Visible(WaitlistEntry entry, boolean frontDesk, boolean ownClient) {

        /** The client themself or the front desk of the location act on an entry; other staff only see it. */
        void requireMayAct() {
            if (!frontDesk && !ownClient) {
                throw ProblemException.forbidden("Only the client or the front desk of the location may do this");
            }
        }
    }

    /** The entry if the caller may see it (its client; staff at its location); 404 otherwise. */
    Uni<Visible> visible(Caller caller, UUID id) {
        return entries.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Waitlist entry", id))
                .flatMap(entry -> locations.findInTenant(caller.tenant(), entry.locationId).flatMap(location -> {
                    boolean staffHere = caller.isStaff() && location != null && caller.mayActAt(location.code);
                    boolean frontDesk = staffHere && SessionAccess.isFrontDesk(caller);
                    return access.clientOf(caller).map(me -> {
                        boolean own = me != null && me.id.equals(entry.clientId);
                        if (!staffHere && !own) {
                            throw ProblemException.notFound("Waitlist entry", id);
                        }
                        return new Visible(entry, frontDesk, own);
                    });
                }));
    }
}
