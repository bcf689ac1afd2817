package io.remedy.records.intake;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.contracts.records.RedFlagRaised.Finding;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.access.ClinicalAccess.Grant;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.access.Need;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.common.Instants;
import io.remedy.records.common.JsonText;
import io.remedy.records.intake.IntakeView.IntakeAnswers;
import io.remedy.records.intake.IntakeView.IntakeResponse;
import io.remedy.records.redflag.RedFlagService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The intake, written by the client themself or their treating therapist. Every change is a new version; the
 * answers are screened, and findings no open flag names yet raise a red flag in the same transaction.
 */
@ApplicationScoped
public class IntakeService {

    private final IntakeRepository intakes;
    private final ClinicalAccess access;
    private final RedFlagService redFlags;
    private final AuditTrail audit;
    private final JsonText json;

    public IntakeService(IntakeRepository intakes, ClinicalAccess access, RedFlagService redFlags, AuditTrail audit,
                         JsonText json) {
        this.intakes = intakes;
        this.access = access;
        this.redFlags = redFlags;
        this.audit = audit;
        this.json = json;
    }

    /**
     * Writes a new version. The first needs no {@code If-Match}; later ones must name the current version (428 when
     * missing, 412 when stale).
     */
    @WithTransaction
    public Uni<IntakeResponse> write(Caller caller, UUID clientId, String ifMatch, IntakeAnswers answers) {
        return access.require(caller, clientId, Need.RECORD_WRITE)
                .flatMap(grant -> intakes.latest(caller.tenant(), clientId).flatMap(latest -> {
                    if (latest != null) {
                        IfMatch.require(ifMatch, latest.version);
                    } else if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
                        throw ProblemException.staleVersion("The client has no intake yet; send no If-Match");
                    }
                    List<Finding> findings = IntakeScreening.findings(answers);
                    IntakeVersion next = new IntakeVersion();
                    next.id = UUID.randomUUID();
                    next.tenant = caller.tenant();
                    next.clientId = clientId;
                    next.version = latest == null ? 1 : latest.version + 1;
                    next.answers = json.write(answers);
                    next.findings = findings;
                    next.recordedBy = caller.userId();
                    next.recordedByRoles = String.join(",", new TreeSet<>(caller.roles()));
                    next.recordedAt = Instants.now();
                    return intakes.persist(next)
                            .call(saved -> screen(caller, grant, findings))
                            .call(saved -> audit.record(caller, saved.version == 1 ? Action.CREATE : Action.UPDATE,
                                    clientId, "intake/v" + saved.version, null));
                }))
                .map(this::view);
    }

    /** The latest version, or the one asked for; null when there is none (the read is audited all the same). */
    @WithTransaction
    public Uni<IntakeResponse> read(Caller caller, UUID clientId, Integer version) {
        return access.require(caller, clientId, Need.RECORD_READ)
                .flatMap(grant -> version == null ? intakes.latest(caller.tenant(), clientId)
                        : intakes.version(caller.tenant(), clientId, version))
                .call(() -> audit.record(caller, Action.READ, clientId,
                        version == null ? "intake" : "intake/v" + version, null))
                .map(found -> found == null ? null : view(found));
    }

    @WithTransaction
    public Uni<Page<IntakeResponse>> versions(Caller caller, UUID clientId, Cursor.Keyset cursor, int limit) {
        return access.require(caller, clientId, Need.RECORD_READ)
                .flatMap(grant -> intakes.page(caller.tenant(), clientId, cursor, limit + 1))
                .map(rows -> Page.of(rows, limit, this::view, v -> Cursor.after(v.recordedAt, v.id)))
                .call(() -> audit.record(caller, Action.READ, clientId, "intake/versions", null));
    }

    /** An intake version as the API shows it. */
    public IntakeResponse view(IntakeVersion version) {
        return new IntakeResponse(version.clientId, version.version, json.read(version.answers, IntakeAnswers.class),
                version.findings, version.recordedBy, version.recordedAt, version.retainedAfterErasure);
    }

    private Uni<Void> screen(Caller caller, Grant grant, List<Finding> findings) {
        if (findings.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return redFlags.notYetFlagged(caller.tenant(), grant.clientId(), findings).flatMap(fresh -> fresh.isEmpty()
                ? Uni.createFrom().voidItem()
                : redFlags.raiseFromIntake(caller, grant.clientId(), fresh, grant.client().preferredLocationId)
                        .replaceWithVoid());
    }
}
