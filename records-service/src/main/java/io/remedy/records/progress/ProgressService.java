package io.remedy.records.progress;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.contracts.records.PlanUpdated.Goal;
import io.remedy.contracts.records.PlanUpdated.Measure;
import io.remedy.contracts.records.PlanUpdated.Phase;
import io.remedy.contracts.records.PlanUpdated.Status;
import io.remedy.platform.caller.Caller;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.access.Need;
import io.remedy.records.assessment.Assessment;
import io.remedy.records.assessment.AssessmentRepository;
import io.remedy.records.assessment.ClinicalImportance;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.common.JsonText;
import io.remedy.records.plan.PlanContent;
import io.remedy.records.plan.PlanRepository;
import io.remedy.records.plan.TreatmentPlan;
import io.remedy.records.progress.ProgressView.Change;
import io.remedy.records.progress.ProgressView.GoalProgress;
import io.remedy.records.progress.ProgressView.Point;
import io.remedy.records.progress.ProgressView.ProgressResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** NRS and ODI over time from the first assessment, the change since then, and the plans' goals. */
@ApplicationScoped
public class ProgressService {

    private final AssessmentRepository assessments;
    private final PlanRepository plans;
    private final ClinicalAccess access;
    private final AuditTrail audit;
    private final JsonText json;

    public ProgressService(AssessmentRepository assessments, PlanRepository plans, ClinicalAccess access,
                           AuditTrail audit, JsonText json) {
        this.assessments = assessments;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.json = json;
    }

    @WithTransaction
    public Uni<ProgressResponse> progress(Caller caller, UUID clientId) {
        return access.require(caller, clientId, Need.RECORD_READ)
                .flatMap(grant -> assessments.all(caller.tenant(), clientId))
                .flatMap(all -> plans.all(caller.tenant(), clientId).map(planList -> of(clientId, all, planList)))
                .call(() -> audit.record(caller, Action.READ, clientId, "progress", null));
    }

    private ProgressResponse of(UUID clientId, List<Assessment> all, List<TreatmentPlan> planList) {
        List<Point> points = all.stream().map(a -> new Point(a.id, a.assessedAt, a.nrs,
                a.odiScore == null ? null : a.odiScore.doubleValue(), a.odiBand)).toList();
        Change nrs = null;
        if (!points.isEmpty()) {
            nrs = change(Measure.NRS, points.get(0).nrs(), points.get(points.size() - 1).nrs());
        }
        List<Point> withOdi = points.stream().filter(p -> p.odiScore() != null).toList();
        Change odi = withOdi.isEmpty() ? null : change(Measure.ODI, withOdi.get(0).odiScore(),
                withOdi.get(withOdi.size() - 1).odiScore());
        Integer latestNrs = points.isEmpty() ? null : points.get(points.size() - 1).nrs();
        Double latestOdi = withOdi.isEmpty() ? null : withOdi.get(withOdi.size() - 1).odiScore();
        List<GoalProgress> goals = new ArrayList<>();
        for (TreatmentPlan plan : planList) {
            if (plan.status == Status.DISCONTINUED) {
                continue;
            }
            for (Phase phase : json.read(plan.content, PlanContent.class).phases()) {
                for (Goal goal : phase.goals()) {
                    goals.add(new GoalProgress(plan.id, phase.name(), goal.goalId(), goal.description(),
                            goal.measure(), goal.target(), goal.met(), reached(goal, latestNrs, latestOdi)));
                }
            }
        }
        int met = (int) goals.stream().filter(g -> g.met() || g.targetReached()).count();
        return new ProgressResponse(clientId, points, nrs, odi, goals, met, goals.size());
    }

    private static Change change(Measure measure, double baseline, double latest) {
        boolean important = measure == Measure.NRS ? ClinicalImportance.nrs(baseline, latest)
                : ClinicalImportance.odi(baseline, latest);
        boolean improved = measure == Measure.NRS ? ClinicalImportance.nrsImproved(baseline, latest)
                : ClinicalImportance.odiImproved(baseline, latest);
        double change = Math.round((latest - baseline) * 10) / 10.0;
        return new Change(measure, baseline, latest, change, ClinicalImportance.share(baseline, latest), important,
                improved);
    }

    private static boolean reached(Goal goal, Integer latestNrs, Double latestOdi) {
        if (goal.measure() == null || goal.target() == null) {
            return false;
        }
        return goal.measure() == Measure.NRS ? latestNrs != null && latestNrs <= goal.target()
                : latestOdi != null && latestOdi <= goal.target();
    }
}
