package io.remedy.booking.client;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.client.ClientView.ClientResponse;
import io.remedy.booking.client.ClientView.NewClient;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The chain's clients, registered and read: the front desk registers and finds them; a client signs up and reads
 * their own record. Registering publishes {@code client.registered} in the same transaction. Changing a client is
 * {@link ClientChanges}', erasing one {@link ClientErasure}'s.
 */
@ApplicationScoped
public class ClientService {

    static final int MAX_LIST = 200;
    static final int MAX_IDS = 200;

    private final ClientRepository clients;
    private final ClientSearch search;
    private final ClientEvents events;
    private final TherapistRepository therapists;
    private final ClientAccess access;

    public ClientService(ClientRepository clients, ClientSearch search, ClientEvents events,
                         TherapistRepository therapists, ClientAccess access) {
        this.clients = clients;
        this.search = search;
        this.events = events;
        this.therapists = therapists;
        this.access = access;
    }

    /**
     * The front desk registers a client. A login ({@code userId}) is linked only by a chain admin, and only to a login
     * that is no therapist's of the chain and no other client's; the client's own sign-up links theirs through
     * {@link #signUp}.
     */
    @WithTransaction
    public Uni<ClientResponse> register(Caller caller, NewClient request) {
        ClientAccess.requireFrontDesk(caller);
        if (request.userId() == null) {
            return access.requireLocation(caller, request.preferredLocationId())
                    .flatMap(ok -> create(caller, request, null));
        }
        if (!caller.hasRole(Caller.CHAIN_ADMIN)) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, "Only a chain admin links a client record to "
                    + "a login; a client links their own by signing up").withErrors(List.of(
                    new FieldError("userId", "may be set only by a chain admin or the client's own sign-up"))));
        }
        return access.requireLocation(caller, request.preferredLocationId())
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
        return access.requireLocation(caller, request.preferredLocationId())
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
     * {@link ClientAccess#therapistScope}).
     */
    @WithSession
    public Uni<Page<ClientResponse>> find(Caller caller, String text, List<String> ids, String limit, String cursor) {
        ClientAccess.requireStaff(caller);
        List<UUID> only = ids(ids);
        int size = Limit.of(limit, Limit.DEFAULT, MAX_LIST);
        String[] key = Cursor.parts(cursor, 3);
        ClientSearch.After after;
        try {
            after = key == null ? null : new ClientSearch.After(key[0], key[1], UUID.fromString(key[2]));
        } catch (IllegalArgumentException e) {
            throw Cursor.invalid();
        }
        return access.therapistScope(caller).flatMap(scope -> search.find(caller.tenant(), text, only, after, size, scope))
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
        return access.visible(caller, id).map(ClientResponse::of);
    }

    /** The client record of the signed-in client. */
    @WithSession
    public Uni<ClientResponse> me(Caller caller) {
        return clients.findByUser(caller.tenant(), caller.userId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No client record is linked to your account"))
                .map(ClientResponse::of);
    }

    /** 422: well-formed, but a rule forbids it; names the field. */
    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, field + " " + message)
                .withErrors(List.of(new FieldError(field, message))));
    }
}
