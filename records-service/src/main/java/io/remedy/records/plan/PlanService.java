package io.remedy.records.plan;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.contracts.records.PlanUpdated.Homework;
import io.remedy.contracts.records.PlanUpdated.Status;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.access.Need;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.common.JsonText;
import io.remedy.records.plan.PlanView.HomeworkItem;
import io.remedy.records.plan.PlanView.PlanResponse;
import io.remedy.records.plan.PlanView.PlanVersionResponse;
import io.remedy.records.session.KnownLocationRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reading treatment plans: a plan, the client's plans, a plan's versions, the homework of the active ones; every read
 * audited. Writing them is {@link PlanChanges}'.
 */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final ClinicalAccess access;
    private final KnownLocationRepository locations;
    private final AuditTrail audit;
    private final JsonText json;

    public PlanService(PlanRepository plans, PlanVersionRepository versions, ClinicalAccess access,
                       KnownLocationRepository locations, AuditTrail audit, JsonText json) {
        this.plans = plans;
        this.versions = versions;
        this.access = access;
        this.locations = locations;
        this.audit = audit;
        this.json = json;
    }

    @WithTransaction
    public Uni<PlanResponse> get(Caller caller, UUID clientId, UUID planId) {
        return access.require(caller, clientId, Need.RECORD_READ)
                .flatMap(grant -> plans.findForClient(caller.tenant(), clientId, planId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Treatment plan", planId))
                .call(plan -> locations.codeOf(caller.tenant(), plan.locationId).chain(code ->
                        audit.record(caller, Action.READ, clientId, "plan/" + plan.id, code)))
                .map(plan -> PlanResponse.of(plan, json.read(plan.content, PlanContent.class)));
    }

    @WithTransaction
    public Uni<Page<PlanResponse>> list(Caller caller, UUID clientId, Cursor.Keyset cursor, int limit) {
        return access.require(caller, clientId, Need.RECORD_READ)
                .flatMap(grant -> plans.page(caller.tenant(), clientId, cursor, limit + 1))
                .map(rows -> Page.of(rows, limit, p -> PlanResponse.of(p, json.read(p.content, PlanContent.class)),
                        p -> Cursor.after(p.createdAt, p.id)))
                .call(() -> audit.record(caller, Action.READ, clientId, "plans", null));
    }

    @WithTransaction
    public Uni<Page<PlanVersionResponse>> versions(Caller caller, UUID clientId, UUID planId, Cursor.Keyset cursor,
                                                   int limit) {
        return access.require(caller, clientId, Need.RECORD_READ)
                .flatMap(grant -> plans.findForClient(caller.tenant(), clientId, planId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Treatment plan", planId))
                .flatMap(plan -> versions.page(caller.tenant(), planId, cursor, limit + 1)
                        .map(rows -> Page.of(rows, limit,
                                v -> PlanVersionResponse.of(json.read(v.snapshot, PlanUpdated.class)),
                                v -> Cursor.after(v.changedAt, v.id)))
                        .call(() -> locations.codeOf(caller.tenant(), plan.locationId).chain(code ->
                                audit.record(caller, Action.READ, clientId, "plan/" + planId + "/versions",
                                        code))));
    }

    /** The homework of the client's active plans: what the client does between sessions. */
    @WithTransaction
    public Uni<Page<HomeworkItem>> homework(Caller caller, UUID clientId) {
        return access.require(caller, clientId, Need.RECORD_READ)
                .flatMap(grant -> plans.all(caller.tenant(), clientId))
                .map(all -> {
                    List<HomeworkItem> items = new ArrayList<>();
                    for (TreatmentPlan plan : all) {
                        if (plan.status != Status.ACTIVE) {
                            continue;
                        }
                        for (Homework item : json.read(plan.content, PlanContent.class).homework()) {
                            items.add(new HomeworkItem(plan.id, item.homeworkId(), item.title(),
                                    item.instructions(), item.timesPerDay(), item.daysPerWeek()));
                        }
                    }
                    return new Page<>(List.copyOf(items), null);
                })
                .call(() -> audit.record(caller, Action.READ, clientId, "homework", null));
    }
}
