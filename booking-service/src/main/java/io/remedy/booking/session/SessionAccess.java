package io.remedy.booking.session;

import io.remedy.booking.client.Client;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.session.SessionRepository.Visibility;
import io.remedy.booking.therapist.Therapist;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Who may see and change a session: the front desk (chain admins, branch managers, receptionists) at the session's
 * location, its client, its therapist. Someone who may not even see a session is answered 404, as if it did not
 * exist; someone who sees it but may not make a change gets 403.
 */
@ApplicationScoped
public class SessionAccess {

    private final SessionRepository sessions;
    private final LocationRepository locations;
    private final ClientRepository clients;
    private final TherapistRepository therapists;

    public SessionAccess(SessionRepository sessions, LocationRepository locations, ClientRepository clients,
                         TherapistRepository therapists) {
        this.sessions = sessions;
        this.locations = locations;
        this.clients = clients;
        this.therapists = therapists;
    }

    /** How the caller relates to a session. */
    public record Relation(boolean frontDesk, boolean ownClient, boolean ownTherapist) {

        /** True if the caller may see the session at all. */
        public boolean sees() {
            return frontDesk || ownClient || ownTherapist;
        }
    }

    /** A session the caller may see, with its location and the caller's relation to it. */
    public record Found(Session session, Location location, Relation relation) {

        /** Refuses (403) unless the caller is the front desk here or the session's client. */
        void requireFrontDeskOrClient(String what) {
            if (!relation.frontDesk() && !relation.ownClient()) {
                throw ProblemException.forbidden("Only the front desk of the location or the session's client may "
                        + what + " it");
            }
        }

        /** Refuses (403) unless the caller is the front desk here or the session's therapist. */
        void requireFrontDeskOrTherapist(String what) {
            if (!relation.frontDesk() && !relation.ownTherapist()) {
                throw ProblemException.forbidden("Only the front desk of the location or the session's therapist may "
                        + what + " it");
            }
        }

        /** Refuses (403) unless the caller is the front desk here. */
        void requireFrontDesk(String what) {
            if (!relation.frontDesk()) {
                throw ProblemException.forbidden("Only the front desk of the location may " + what + " it");
            }
        }
    }

    /** The session with this id if the caller may see it; 404 otherwise (also for another tenant's id). */
    public Uni<Found> find(Caller caller, UUID id) {
        return sessions.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Session", id))
                .flatMap(session -> relation(caller, session).map(found -> {
                    if (!found.relation().sees()) {
                        throw ProblemException.notFound("Session", id);
                    }
                    return found;
                }));
    }

    private Uni<Found> relation(Caller caller, Session session) {
        return locations.findInTenant(caller.tenant(), session.locationId).flatMap(location -> {
            boolean frontDesk = isFrontDesk(caller) && location != null && caller.mayActAt(location.code);
            Uni<Boolean> ownClient = caller.hasRole(Caller.CLIENT)
                    ? clientOf(caller).map(me -> me != null && me.id.equals(session.clientId))
                    : Uni.createFrom().item(false);
            return ownClient.flatMap(client -> therapistOf(caller)
                    .map(me -> new Found(session, location, new Relation(frontDesk, client,
                            me != null && me.id.equals(session.therapistId)))));
        });
    }

    /** Chain admins, branch managers and receptionists: they book, move and cancel at their locations. */
    public static boolean isFrontDesk(Caller caller) {
        return caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
    }

    /** Front-desk staff see their locations' sessions (all, with {@code *}); a therapist also sees their own. */
    public Uni<Visibility> visibility(Caller caller) {
        boolean frontDesk = isFrontDesk(caller);
        if (frontDesk && caller.actsAtAllLocations()) {
            return Uni.createFrom().item(Visibility.ALL);
        }
        Uni<List<UUID>> locationIds = frontDesk ? locationsOf(caller) : Uni.createFrom().item(List.of());
        return locationIds.flatMap(ids -> therapistOf(caller)
                .map(me -> new Visibility(ids, me == null ? null : me.id)));
    }

    /** The ids of the locations of the caller's chain that the caller may act at. */
    public Uni<List<UUID>> locationsOf(Caller caller) {
        return locations.listInTenant(caller.tenant()).map(all -> all.stream()
                .filter(location -> caller.mayActAt(location.code)).map(location -> location.id).toList());
    }

    /** The caller's own therapist record, if they are a therapist. */
    public Uni<Therapist> therapistOf(Caller caller) {
        return caller.hasRole(Caller.THERAPIST)
                ? therapists.findByUser(caller.tenant(), caller.userId())
                : Uni.createFrom().nullItem();
    }

    /** The caller's own client record, if they are a client. */
    public Uni<Client> clientOf(Caller caller) {
        return caller.hasRole(Caller.CLIENT)
                ? clients.findByUser(caller.tenant(), caller.userId())
                : Uni.createFrom().nullItem();
    }
}
