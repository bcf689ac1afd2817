package io.remedy.records.plan;

import io.remedy.contracts.records.PlanUpdated.Goal;
import io.remedy.contracts.records.PlanUpdated.Homework;
import io.remedy.contracts.records.PlanUpdated.Measure;
import io.remedy.contracts.records.PlanUpdated.Phase;
import io.remedy.contracts.records.PlanUpdated.Technique;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.plan.PlanView.GoalInput;
import io.remedy.records.plan.PlanView.HomeworkInput;
import io.remedy.records.plan.PlanView.PhaseInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** What a plan prescribes, stored as one JSON text: phases (goals, frequency), techniques, regions, homework. */
public record PlanContent(List<Phase> phases, List<Technique> techniques, List<String> regions,
                          List<Homework> homework) {

    public PlanContent {
        phases = phases == null ? List.of() : List.copyOf(phases);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
        regions = regions == null ? List.of() : List.copyOf(regions);
        homework = homework == null ? List.of() : List.copyOf(homework);
    }

    /** The plan's content from the request, with ids for new goals and homework; 400 naming what is wrong. */
    static PlanContent of(List<PhaseInput> phaseInputs, List<Technique> techniques, List<String> regions,
                          List<HomeworkInput> homeworkInputs) {
        List<FieldError> errors = new ArrayList<>();
        List<Technique> techniqueList = techniques == null ? List.of() : techniques;
        if (new HashSet<>(techniqueList).size() < techniqueList.size()) {
            errors.add(new FieldError("techniques", "must name each technique at most once"));
        }
        List<Phase> phases = new ArrayList<>();
        for (int p = 0; p < phaseInputs.size(); p++) {
            PhaseInput input = phaseInputs.get(p);
            List<Goal> goals = new ArrayList<>();
            List<GoalInput> goalInputs = input.goals() == null ? List.of() : input.goals();
            for (int g = 0; g < goalInputs.size(); g++) {
                GoalInput goal = goalInputs.get(g);
                String field = "phases[" + p + "].goals[" + g + "].target";
                if (goal.target() != null && goal.measure() == null) {
                    errors.add(new FieldError(field, "needs a measure (NRS or ODI)"));
                } else if (goal.measure() == Measure.NRS && goal.target() != null && goal.target() > 10) {
                    errors.add(new FieldError(field, "must be between 0 and 10 for NRS"));
                }
                goals.add(new Goal(goal.goalId() == null ? UUID.randomUUID() : goal.goalId(), goal.description(),
                        goal.measure(), goal.target(), goal.met()));
            }
            phases.add(new Phase(input.name(), goals, input.intervalWeeks(), input.sessionCount()));
        }
        List<Homework> homework = new ArrayList<>();
        for (HomeworkInput item : homeworkInputs == null ? List.<HomeworkInput>of() : homeworkInputs) {
            homework.add(new Homework(item.homeworkId() == null ? UUID.randomUUID() : item.homeworkId(),
                    item.title(), item.instructions(), item.timesPerDay(), item.daysPerWeek()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new PlanContent(phases, techniqueList, regions, homework);
    }
}
