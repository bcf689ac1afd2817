package io.remedy.booking.client;

import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Who may see a client: staff every client of the chain (a therapist of some locations only those they see), a
 * client only themself; and the checks the client use cases share.
 */
@ApplicationScoped
class ClientAccess {

    private final ClientRepository clients;
    private final ClientSearch search;
    private final LocationRepository locations;
    private final TherapistRepository therapists;

    ClientAccess(ClientRepository clients, ClientSearch search, LocationRepository locations,
                 TherapistRepository therapists) {
        this.clients = clients;
        this.search = search;
        this.locations = locations;
        this.therapists = therapists;
    }

    /**
     * The client if the caller may see them: staff see every client of the chain, a client only themself (anyone
     * else is answered as unknown: 404).
     */
    Uni<Client> visible(Caller caller, UUID id) {
        return clients.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Client", id))
                .flatMap(client -> {
                    if (caller.hasRole(Caller.CLIENT)) {
                        if (client.userId == null || !caller.userId().equals(client.userId)) {
                            throw ProblemException.notFound("Client", id);
                        }
                        return Uni.createFrom().item(client);
                    }
                    requireStaff(caller);
                    return therapistScope(caller).flatMap(scope -> scope == null ? Uni.createFrom().item(client)
                            : search.relation(caller.tenant(), client.id, scope.locationIds(), scope.therapistId())
                                    .map(relation -> {
                                        if (!relation.related()) {
                                            throw ProblemException.notFound("Client", id);
                                        }
                                        return client;
                                    }));
                });
    }

    /**
     * Whose clients a therapist sees: those with a session with them, or registered or booked at a location they work
     * at. Null (every client of the chain) for the front desk and for a therapist of every location.
     */
    Uni<ClientSearch.Scope> therapistScope(Caller caller) {
        if (caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST)
                || caller.actsAtAllLocations()) {
            return Uni.createFrom().nullItem();
        }
        return locationsOf(caller).flatMap(mine -> therapists.findByUser(caller.tenant(), caller.userId())
                .map(me -> new ClientSearch.Scope(mine, me == null ? null : me.id)));
    }

    /** The ids of the caller's chain's locations the caller may act at. */
    Uni<List<UUID>> locationsOf(Caller caller) {
        return locations.listInTenant(caller.tenant()).map(all -> all.stream()
                .filter(location -> caller.mayActAt(location.code)).map(location -> location.id).toList());
    }

    /** 400 naming {@code preferredLocationId} when it is no location of the caller's chain; none is fine. */
    Uni<Void> requireLocation(Caller caller, UUID locationId) {
        return locationId == null
                ? Uni.createFrom().voidItem()
                : locations.findInTenant(caller.tenant(), locationId)
                        .onItem().ifNull().failWith(() -> ProblemException.validation("preferredLocationId",
                                "no such location in this chain"))
                        .replaceWithVoid();
    }

    /** Chain admins, branch managers and receptionists. */
    static void requireFrontDesk(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
    }

    /** The front desk and therapists. */
    static void requireStaff(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
    }
}
