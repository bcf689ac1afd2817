package io.remedy.booking.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.client.ClientView.ClientResponse;
import io.remedy.booking.client.ClientView.ClientUpdate;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Changing a client's details, replaced as a whole or merge-patched (If-Match): the front desk of the client's
 * locations, a chain admin, or the client themself. Publishes {@code client.updated} in the same transaction.
 */
@ApplicationScoped
public class ClientChanges {

    private final ClientRepository clients;
    private final ClientSearch search;
    private final ClientEvents events;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClientAccess access;

    public ClientChanges(ClientRepository clients, ClientSearch search, ClientEvents events, ObjectMapper json,
                         Validator validator, ClientAccess access) {
        this.clients = clients;
        this.search = search;
        this.events = events;
        this.json = json;
        this.validator = validator;
        this.access = access;
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
        return access.requireLocation(caller, request.preferredLocationId()).flatMap(ok -> {
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
        return access.visible(caller, id).flatMap(client -> {
            if (caller.hasRole(Caller.CLIENT) || caller.hasRole(Caller.CHAIN_ADMIN) || caller.actsAtAllLocations()
                    && caller.hasAnyRole(Caller.BRANCH_MANAGER, Caller.RECEPTIONIST)) {
                return Uni.createFrom().item(client);
            }
            ClientAccess.requireFrontDesk(caller);
            return access.locationsOf(caller)
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
}
