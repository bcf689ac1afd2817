package io.remedy.booking.client;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.client.ClientView.ClientResponse;
import io.remedy.booking.client.ClientView.NewClient;
import io.remedy.booking.location.LocationRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The chain's clients. Front-desk staff register and find them; a client reads their own record. Registering
 * publishes {@code client.registered} in the same transaction.
 */
@ApplicationScoped
public class ClientService {

    static final int MAX_LIST = 200;

    private final ClientRepository clients;
    private final LocationRepository locations;
    private final ClientEvents events;

    public ClientService(ClientRepository clients, LocationRepository locations, ClientEvents events) {
        this.clients = clients;
        this.locations = locations;
        this.events = events;
    }

    @WithTransaction
    public Uni<ClientResponse> register(Caller caller, NewClient request) {
        requireFrontDesk(caller);
        Uni<Void> preferredLocationExists = request.preferredLocationId() == null
                ? Uni.createFrom().voidItem()
                : locations.findInTenant(caller.tenant(), request.preferredLocationId())
                        .onItem().ifNull().failWith(() -> ProblemException.validation("preferredLocationId",
                                "no such location in this chain"))
                        .replaceWithVoid();
        Uni<Client> sameUser = request.userId() == null
                ? Uni.createFrom().nullItem()
                : clients.findByUser(caller.tenant(), request.userId());
        return preferredLocationExists.flatMap(ok -> sameUser).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("User " + request.userId() + " is already client " + existing.id);
            }
            Client client = new Client();
            client.id = UUID.randomUUID();
            client.tenant = caller.tenant();
            client.userId = request.userId();
            client.givenName = request.givenName();
            client.familyName = request.familyName();
            client.email = request.email();
            client.phone = request.phone();
            client.dateOfBirth = request.dateOfBirth();
            client.preferredLocationId = request.preferredLocationId();
            client.preferredLanguage = request.preferredLanguage() == null ? "en" : request.preferredLanguage();
            client.createdAt = Instant.now();
            return clients.persistAndFlush(client)
                    .call(saved -> events.registered(caller, saved))
                    .map(ClientResponse::of);
        });
    }

    /** Staff search by name, email or phone; without text, the first page in name order. */
    @WithSession
    public Uni<List<ClientResponse>> find(Caller caller, String text, int limit) {
        requireStaff(caller);
        int size = Math.min(Math.max(limit, 1), MAX_LIST);
        Uni<List<Client>> found = text == null || text.isBlank()
                ? clients.listInTenant(caller.tenant(), size)
                : clients.search(caller.tenant(), text.trim(), size);
        return found.map(all -> all.stream().map(ClientResponse::of).toList());
    }

    @WithSession
    public Uni<ClientResponse> get(Caller caller, UUID id) {
        return clients.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Client", id))
                .map(client -> {
                    if (caller.hasRole(Caller.CLIENT) && !caller.userId().equals(client.userId)) {
                        throw ProblemException.notFound("Client", id);
                    }
                    if (!caller.hasRole(Caller.CLIENT)) {
                        requireStaff(caller);
                    }
                    return ClientResponse.of(client);
                });
    }

    /** The client record of the signed-in client. */
    @WithSession
    public Uni<ClientResponse> me(Caller caller) {
        return clients.findByUser(caller.tenant(), caller.userId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No client record is linked to your account"))
                .map(ClientResponse::of);
    }

    private static void requireFrontDesk(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
    }

    private static void requireStaff(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
    }
}
