package io.remedy.booking.client;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.availability.Page;
import io.remedy.booking.client.ClientView.ClientResponse;
import io.remedy.booking.client.ClientView.ClientUpdate;
import io.remedy.booking.client.ClientView.NewClient;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.session.ErasedClientSessions;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * The chain's clients. Front-desk staff register, find and update them; a client reads and updates their own record;
 * a chain admin or the client themself erases it. Registering, updating and erasing publish {@code client.registered},
 * {@code client.updated} and {@code client.erased} in the same transaction.
 */
@ApplicationScoped
public class ClientService {

    static final int MAX_LIST = 200;

    private final ClientRepository clients;
    private final ClientSearch search;
    private final LocationRepository locations;
    private final ClientEvents events;
    private final Idempotency idempotency;
    private final ErasedClientSessions sessions;

    public ClientService(ClientRepository clients, ClientSearch search, LocationRepository locations,
                         ClientEvents events, Idempotency idempotency, ErasedClientSessions sessions) {
        this.clients = clients;
        this.search = search;
        this.locations = locations;
        this.events = events;
        this.idempotency = idempotency;
        this.sessions = sessions;
    }

    @WithTransaction
    public Uni<ClientResponse> register(Caller caller, NewClient request) {
        requireFrontDesk(caller);
        Uni<Client> sameUser = request.userId() == null
                ? Uni.createFrom().nullItem()
                : clients.findByUser(caller.tenant(), request.userId());
        return requireLocation(caller, request.preferredLocationId()).flatMap(ok -> sameUser).flatMap(existing -> {
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

    /**
     * Staff find clients by words of their name, e-mail or phone (all words must match), a page at a time in name
     * order; without text, every client in name order. Erased clients are not listed.
     */
    public Uni<Page<ClientResponse>> find(Caller caller, String text, String limit, String cursor) {
        requireStaff(caller);
        int size = Page.limit(limit, Page.DEFAULT_LIMIT, MAX_LIST);
        String[] key = Page.decode(cursor, 3);
        ClientSearch.After after;
        try {
            after = key == null ? null : new ClientSearch.After(key[0], key[1], UUID.fromString(key[2]));
        } catch (IllegalArgumentException e) {
            throw Page.badCursor();
        }
        return search.find(caller.tenant(), text, after, size).map(rows -> Page.of(rows, size, row -> row,
                row -> new String[] {row.familyName().toLowerCase(Locale.ROOT),
                        row.givenName().toLowerCase(Locale.ROOT), row.id().toString()}));
    }

    @WithSession
    public Uni<ClientResponse> get(Caller caller, UUID id) {
        return visible(caller, id).map(ClientResponse::of);
    }

    /** The client record of the signed-in client. */
    @WithSession
    public Uni<ClientResponse> me(Caller caller) {
        return clients.findByUser(caller.tenant(), caller.userId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No client record is linked to your account"))
                .map(ClientResponse::of);
    }

    /** Replaces a client's details (front desk, or the client themself; If-Match) and publishes client.updated. */
    @WithTransaction
    public Uni<ClientResponse> update(Caller caller, UUID id, String ifMatch, ClientUpdate request) {
        return visible(caller, id).flatMap(client -> {
            if (!caller.hasRole(Caller.CLIENT)) {
                requireFrontDesk(caller);
            }
            IfMatch.require(ifMatch, client.version);
            if (client.erased()) {
                throw ProblemException.conflict("This client's personal data was erased");
            }
            return requireLocation(caller, request.preferredLocationId()).flatMap(ok -> {
                client.givenName = request.givenName();
                client.familyName = request.familyName();
                client.email = request.email();
                client.phone = request.phone();
                client.dateOfBirth = request.dateOfBirth();
                client.preferredLocationId = request.preferredLocationId();
                client.preferredLanguage = request.preferredLanguage();
                client.updatedAt = Instant.now();
                return clients.flush()
                        .call(() -> events.updated(caller, client))
                        .map(done -> ClientResponse.of(client));
            });
        });
    }

    /**
     * Erases a client's personal data at their request (a chain admin, or the client themself): the record stays,
     * anonymised, so past sessions still count; client.erased tells the other services to purge their copies.
     * In the same transaction the stored idempotent response of the client's registration is forgotten (a replay
     * discloses nothing), the outbox forgets the client's earlier events, a tombstone follows client.erased, and the
     * client's future sessions are cancelled ({@code CLIENT_ERASED}). Erasing an erased client again changes nothing.
     */
    @WithTransaction
    public Uni<Void> erase(Caller caller, UUID id) {
        return visible(caller, id).flatMap(client -> {
            if (!caller.hasRole(Caller.CLIENT)) {
                caller.requireRole(Caller.CHAIN_ADMIN);
            }
            if (client.erased()) {
                return Uni.createFrom().voidItem();
            }
            String formerUserId = client.userId;
            Instant now = Instant.now();
            client.anonymise(now);
            return clients.flush()
                    .call(() -> idempotency.forget(client.tenant, client.id.toString()))
                    .call(() -> events.erased(caller, client, formerUserId, now))
                    .call(() -> sessions.settle(client.tenant, client.id, formerUserId, caller.userId(), now))
                    .replaceWithVoid();
        });
    }

    /**
     * The client if the caller may see them: staff see every client of the chain, a client only themself (anyone
     * else is answered as unknown: 404).
     */
    private Uni<Client> visible(Caller caller, UUID id) {
        return clients.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Client", id))
                .map(client -> {
                    if (caller.hasRole(Caller.CLIENT)) {
                        if (client.userId == null || !caller.userId().equals(client.userId)) {
                            throw ProblemException.notFound("Client", id);
                        }
                    } else {
                        requireStaff(caller);
                    }
                    return client;
                });
    }

    private Uni<Void> requireLocation(Caller caller, UUID locationId) {
        return locationId == null
                ? Uni.createFrom().voidItem()
                : locations.findInTenant(caller.tenant(), locationId)
                        .onItem().ifNull().failWith(() -> ProblemException.validation("preferredLocationId",
                                "no such location in this chain"))
                        .replaceWithVoid();
    }

    private static void requireFrontDesk(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
    }

    private static void requireStaff(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
    }
}
