package io.remedy.records.access;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.client.ClientHeader;
import io.remedy.records.client.ClientHeaderRepository;
import io.remedy.records.plan.PlanRepository;
import io.remedy.records.session.KnownSessionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may read or write a client's clinical record. A client of another chain does not exist (404). Receptionists
 * never see clinical data (403). A therapist reaches the clients they have (had) a session with or hold a plan for;
 * a branch manager the clients seen at their locations; a chain admin every client of the chain; a client their
 * own record. What each may then do is the request's {@link Need}.
 */
@ApplicationScoped
public class ClinicalAccess {

    /** How the caller stands to the client. */
    public enum Relation {
        /** The client themself. */
        SELF,
        /** A therapist with a session with the client (past or future) or the therapist of one of their plans. */
        TREATING_THERAPIST,
        /** A branch manager of a location where the client has a session or a plan. */
        BRANCH_MANAGER,
        /** A chain admin of the client's chain. */
        CHAIN_ADMIN
    }

    /** The client's header and the relation that granted the request. */
    public record Grant(ClientHeader client, Relation relation) {

        public UUID clientId() {
            return client.id;
        }
    }

    private static final List<Relation> ORDER = List.of(Relation.CHAIN_ADMIN, Relation.SELF,
            Relation.TREATING_THERAPIST, Relation.BRANCH_MANAGER);

    private final ClientHeaderRepository clients;
    private final KnownSessionRepository sessions;
    private final PlanRepository plans;
    private final AuditTrail audit;

    public ClinicalAccess(ClientHeaderRepository clients, KnownSessionRepository sessions, PlanRepository plans,
                          AuditTrail audit) {
        this.clients = clients;
        this.sessions = sessions;
        this.plans = plans;
        this.audit = audit;
    }

    /**
     * The grant for this need on this client; fails with 404 (unknown in the caller's chain) or 403. A refusal of a
     * client of the caller's chain is audited.
     */
    public Uni<Grant> require(Caller caller, UUID clientId, Need need) {
        if (!caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.THERAPIST, Caller.CLIENT)) {
            // refused whatever the id, so the refusal tells nothing about ids; audited where the client is ours
            return clients.findInTenant(caller.tenant(), clientId)
                    .call(client -> client == null ? Uni.createFrom().voidItem() : audit.refusal(caller, clientId))
                    .flatMap(client -> Uni.createFrom().<Grant>failure(ProblemException.forbidden(
                            "Clinical records are read only by clinicians, managers and the client themself")));
        }
        return clients.findInTenant(caller.tenant(), clientId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Client record", clientId))
                .flatMap(client -> firstRelation(caller, client, need, 0)
                        .call(relation -> relation == null ? audit.refusal(caller, clientId)
                                : Uni.createFrom().voidItem())
                        .map(relation -> {
                            if (relation == null) {
                                throw refusal(caller, need);
                            }
                            return new Grant(client, relation);
                        }));
    }

    /**
     * Refuses (403, naming {@code locationId}) a write that puts clinical data at a location the caller may not act
     * at: it would open the record to that location's managers.
     */
    public static void requireActsAt(Caller caller, String locationCode) {
        if (!caller.mayActAt(locationCode)) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, "You may not act at location " + locationCode)
                    .withErrors(List.of(new FieldError("locationId", "not a location you may act at"))));
        }
    }

    /** True if the caller, as a therapist, treats the client (a session with them, or one of their plans). */
    public Uni<Boolean> treats(Caller caller, UUID clientId) {
        if (!caller.hasRole(Caller.THERAPIST)) {
            return Uni.createFrom().item(false);
        }
        return sessions.therapistTreats(caller.tenant(), clientId, caller.userId())
                .flatMap(treats -> treats ? Uni.createFrom().item(true)
                        : plans.assignedTo(caller.tenant(), clientId, caller.userId()));
    }

    private Uni<Relation> firstRelation(Caller caller, ClientHeader client, Need need, int index) {
        if (index >= ORDER.size()) {
            return Uni.createFrom().nullItem();
        }
        Relation candidate = ORDER.get(index);
        if (!need.allowed().contains(candidate)) {
            return firstRelation(caller, client, need, index + 1);
        }
        return holds(caller, client, candidate)
                .flatMap(holds -> holds ? Uni.createFrom().item(candidate)
                        : firstRelation(caller, client, need, index + 1));
    }

    private Uni<Boolean> holds(Caller caller, ClientHeader client, Relation relation) {
        return switch (relation) {
            case CHAIN_ADMIN -> Uni.createFrom().item(caller.hasRole(Caller.CHAIN_ADMIN));
            case SELF -> Uni.createFrom().item(caller.hasRole(Caller.CLIENT) && client.userId != null
                    && client.userId.equals(caller.userId()));
            case TREATING_THERAPIST -> treats(caller, client.id);
            case BRANCH_MANAGER -> managerSees(caller, client.id);
        };
    }

    private Uni<Boolean> managerSees(Caller caller, UUID clientId) {
        if (!caller.hasRole(Caller.BRANCH_MANAGER)) {
            return Uni.createFrom().item(false);
        }
        if (caller.actsAtAllLocations()) {
            return Uni.createFrom().item(true);
        }
        Set<String> codes = caller.locations().stream().collect(Collectors.toUnmodifiableSet());
        return sessions.clientSeenAt(caller.tenant(), clientId, codes)
                .flatMap(seen -> seen ? Uni.createFrom().item(true)
                        : plans.atLocations(caller.tenant(), clientId, codes));
    }

    private static ProblemException refusal(Caller caller, Need need) {
        if (caller.hasRole(Caller.CLIENT) && !caller.isStaff()) {
            return need.allowed().contains(Relation.SELF)
                    ? ProblemException.forbidden("A client reads only their own record")
                    : ProblemException.forbidden("Clients do not read this part of the clinical record");
        }
        return switch (need) {
            case CLINICAL_WRITE -> ProblemException.forbidden("Only the client's treating therapist writes this");
            case RECORD_WRITE -> ProblemException.forbidden("Only the client or their treating therapist writes this");
            case SUBJECT_ACCESS -> ProblemException.forbidden("Only a chain admin or the client themself reads this");
            default -> ProblemException.forbidden("You do not treat this client or manage a location they attend");
        };
    }
}
