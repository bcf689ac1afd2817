package io.remedy.booking.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.client.ClientView.ClientResponse;
import io.remedy.booking.client.ClientView.ClientUpdate;
import io.remedy.booking.client.ClientView.NewClient;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.session.ErasedClientSessions;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The chain's clients. Front-desk staff register, find and update them; a client reads and updates their own record;
 * a chain admin or the client themself erases it. Registering, updating and erasing publish {@code client.registered},
 * {@code client.updated} and {@code client.erased} in the same transaction.
 */
@ApplicationScoped
public class ClientService {

    static final int MAX_LIST = 200;
    static final int MAX_IDS = 200;

    private final ClientRepository clients;
    private final ClientSearch search;
    private final LocationRepository locations;
    private final ClientEvents events;
    private final TherapistRepository therapists;
    private final ObjectMapper json;
    private final Validator validator;
    private final Idempotency idempotency;
    private final ErasedClientSessions sessions;

    public ClientService(ClientRepository clients, ClientSearch search, LocationRepository locations,
                         ClientEvents events, TherapistRepository therapists, ObjectMapper json, Validator validator,
                         Idempotency idempotency, ErasedClientSessions sessions) {
        this.json = json;
        this.validator = validator;
        this.clients = clients;
        this.search = search;
        this.locations = locations;
        this.events = events;
        this.therapists = therapists;
        this.idempotency = idempotency;
        this.sessions = sessions;
    }

    /**
     * The front desk registers a client. A login ({@code userId}) is linked only by a chain admin, and only to a login
     * that is no therapist's of the chain and no other client's; the client's own sign-up links theirs through
     * {@link #signUp}.
     */
    @WithTransaction
    public Uni<ClientResponse> register(Caller caller, NewClient request) {
        requireFrontDesk(caller);
        if (request.userId() == null) {
            return requireLocation(caller, request.preferredLocationId())
                    .flatMap(ok -> create(caller, request, null));
        }
        if (!caller.hasRole(Caller.CHAIN_ADMIN)) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, "Only a chain admin links a client record to "
                    + "a login; a client links their own by signing up").withErrors(List.of(
                    new FieldError("userId", "may be set only by a chain admin or the client's own sign-up"))));
        }
        return requireLocation(caller, request.preferredLocationId())
                .flatMap(ok -> therapists.findByUser(caller.tenant(), request.userId()))
                .flatMap(therapist -> {
                    if (therapist != null) {
                        throw unprocessable("userId", "is the login of a therapist of this chain, "
                                + "not of a client");
                    }
                    return create(caller, request, request.userId());
                });
    }

    /**
     * A signed-in client registers their own record: the login linked is the caller's own (the token's subject), of a
     * client of this chain by the token itself. 409 when their login already has a record.
     */
    @WithTransaction
    public Uni<ClientResponse> signUp(Caller caller, NewClient request) {
        caller.requireRole(Caller.CLIENT);
        if (request.userId() != null && !request.userId().equals(caller.userId())) {
            throw unprocessable("userId", "names another login: your sign-up links your own");
        }
        return requireLocation(caller, request.preferredLocationId())
                .flatMap(ok -> create(caller, request, caller.userId()));
    }

    private Uni<ClientResponse> create(Caller caller, NewClient request, String userId) {
        Uni<Client> sameUser = userId == null ? Uni.createFrom().nullItem() : clients.findByUser(caller.tenant(), userId);
        return sameUser.flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("User " + userId + " is already client " + existing.id,
                        new FieldError("userId", "already has a client record"));
            }
            Client client = new Client();
            client.id = UUID.randomUUID();
            client.tenant = caller.tenant();
            client.userId = userId;
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
     * order; without text, every client in name order; with ids, only those clients (at most {@value #MAX_IDS}).
     * Erased clients are not listed. The front desk finds every client of the chain; a therapist those they see (see
     * {@link #therapistScope}).
     */
    @WithSession
    public Uni<Page<ClientResponse>> find(Caller caller, String text, List<String> ids, String limit, String cursor) {
        requireStaff(caller);
        List<UUID> only = ids(ids);
        int size = Limit.of(limit, Limit.DEFAULT, MAX_LIST);
        String[] key = Cursor.parts(cursor, 3);
        ClientSearch.After after;
        try {
            after = key == null ? null : new ClientSearch.After(key[0], key[1], UUID.fromString(key[2]));
        } catch (IllegalArgumentException e) {
            throw Cursor.invalid();
        }
        return therapistScope(caller).flatMap(scope -> search.find(caller.tenant(), text, only, after, size, scope))
                .map(rows -> Page.of(rows, size, row -> Cursor.of(row.familyName().toLowerCase(Locale.ROOT),
                        row.givenName().toLowerCase(Locale.ROOT), row.id().toString())));
    }

    /** The ids a list asks for; 400 naming {@code id} when one is no id or there are too many. */
    static List<UUID> ids(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_IDS) {
            throw ProblemException.validation("id", "at most " + MAX_IDS + " ids");
        }
        List<UUID> parsed = new ArrayList<>();
        for (String id : ids) {
            try {
                parsed.add(UUID.fromString(id.trim()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.validation("id", "must be a client id (a UUID)");
            }
        }
        return parsed;
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

    /**
     * Replaces a client's details as a whole (If-Match): who may is as for {@link #patch}. Publishes client.updated.
     */
    @WithTransaction
    public Uni<ClientResponse> update(Caller caller, UUID id, String ifMatch, ClientUpdate request) {
        return changeable(caller, id).flatMap(client -> {
            IfMatch.require(ifMatch, client.version);
            if (client.erased()) {
                throw ProblemException.conflict("This client's personal data was erased");
            }
            return change(caller, client, request);
        });
    }

    /**
     * Changes the fields a JSON Merge Patch (RFC 7396) names and keeps the others (If-Match); {@code null} removes an
     * optional field. Chain admins change any client; branch managers and receptionists a client registered or booked
     * at a location of theirs (or one nobody's yet: no home location and no session); a client themself. The result is
     * validated as a whole, like a replacement. Publishes client.updated.
     */
    @WithTransaction
    public Uni<ClientResponse> patch(Caller caller, UUID id, String ifMatch, JsonNode patch) {
        return changeable(caller, id).flatMap(client -> {
            IfMatch.require(ifMatch, client.version);
            if (client.erased()) {
                throw ProblemException.conflict("This client's personal data was erased");
            }
            ClientUpdate merged = ClientPatch.apply(json, ClientUpdate.of(client), patch);
            Set<ConstraintViolation<ClientUpdate>> violations = validator.validate(merged);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return change(caller, client, merged);
        });
    }

    private Uni<ClientResponse> change(Caller caller, Client client, ClientUpdate request) {
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
    }

    /**
     * The client if the caller may change them (403 otherwise): see {@link #patch}. Therapists do not change clients'
     * details.
     */
    private Uni<Client> changeable(Caller caller, UUID id) {
        return visible(caller, id).flatMap(client -> {
            if (caller.hasRole(Caller.CLIENT) || caller.hasRole(Caller.CHAIN_ADMIN) || caller.actsAtAllLocations()
                    && caller.hasAnyRole(Caller.BRANCH_MANAGER, Caller.RECEPTIONIST)) {
                return Uni.createFrom().item(client);
            }
            requireFrontDesk(caller);
            return locationsOf(caller)
                    .flatMap(mine -> search.relation(caller.tenant(), client.id, mine, null))
                    .map(relation -> {
                        if (!relation.related() && relation.anchored()) {
                            throw ProblemException.forbidden("This client is registered and booked only at locations "
                                    + "you do not work at; their front desk or a chain admin changes their details");
                        }
                        return client;
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
    private Uni<ClientSearch.Scope> therapistScope(Caller caller) {
        if (caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST)
                || caller.actsAtAllLocations()) {
            return Uni.createFrom().nullItem();
        }
        return locationsOf(caller).flatMap(mine -> therapists.findByUser(caller.tenant(), caller.userId())
                .map(me -> new ClientSearch.Scope(mine, me == null ? null : me.id)));
    }

    /** The ids of the caller's chain's locations the caller may act at. */
    private Uni<List<UUID>> locationsOf(Caller caller) {
        return locations.listInTenant(caller.tenant()).map(all -> all.stream()
                .filter(location -> caller.mayActAt(location.code)).map(location -> location.id).toList());
    }

    private Uni<Void> requireLocation(Caller caller, UUID locationId) {
        return locationId == null
                ? Uni.createFrom().voidItem()
                : locations.findInTenant(caller.tenant(), locationId)
                        .onItem().ifNull().failWith(() -> ProblemException.validation("preferredLocationId",
                                "no such location in this chain"))
                        .replaceWithVoid();
    }

    /** 422: well-formed, but a rule forbids it; names the field. */
    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, field + " " + message)
                .withErrors(List.of(new FieldError(field, message))));
    }

    private static void requireFrontDesk(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
    }

    private static void requireStaff(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
    }
}
