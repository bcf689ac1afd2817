package io.remedy.records.plan;

import io.remedy.contracts.records.PlanUpdated.Homework;
import io.remedy.contracts.records.PlanUpdated.Phase;
import io.remedy.contracts.records.PlanUpdated.Technique;

import java.util.List;

/** What a plan prescribes, stored as one JSON text: phases (goals, frequency), techniques, regions, homework. */
public record PlanContent(List<Phase> phases, List<Technique> techniques, List<String> regions,
                          List<Homework> homework) {

    public PlanContent {
        phases = phases == null ? List.of() : List.copyOf(phases);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
        regions = regions == null ? List.of() : List.copyOf(regions);
        homework = homework == null ? List.of() : List.copyOf(homework);
    }
}
