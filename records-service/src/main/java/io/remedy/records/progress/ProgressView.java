package io.remedy.records.progress;

import io.remedy.contracts.records.AssessmentRecorded.OdiBand;
import io.remedy.contracts.records.PlanUpdated.Measure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** API records of a client's progress. */
public final class ProgressView {

    private ProgressView() {
    }

    /** One assessment's figures. */
    @Schema(name = "ProgressPoint")
    public record Point(UUID assessmentId, Instant assessedAt, int nrs, Double odiScore, OdiBand odiBand) {
    }

    /** The change of one measure from the baseline (first) to the latest value; negative is better. */
    @Schema(name = "OutcomeChange")
    public record Change(
            @Schema(description = "NRS or ODI") Measure measure,
            double baseline,
            double latest,
            @Schema(description = "latest - baseline; negative is better") double change,
            @Schema(description = "change ÷ baseline (e.g. -0.4); null when the baseline is 0") Double share,
            @Schema(description = "True when the change (either way) reaches the threshold: ODI 10 points or 30 %, "
                    + "NRS 2 points or 30 %") boolean clinicallyImportant,
            @Schema(description = "True when the client is better by a clinically important amount")
            boolean importantImprovement) {
    }

    /** A goal of the client's plans, and whether it is met. */
    @Schema(name = "ProgressGoal")
    public record GoalProgress(UUID planId, String phase, UUID goalId, String description, Measure measure,
                               Integer target,
                               @Schema(description = "Recorded as met by the therapist") boolean met,
                               @Schema(description = "The latest value of its measure is at or below the target")
                               boolean targetReached) {
    }

    /** A client's outcome figures over time. */
    @Schema(name = "Progress")
    public record ProgressResponse(UUID clientId,
                                   @Schema(description = "Every assessment, first to latest") List<Point> points,
                                   @Schema(description = "NRS change since the first assessment; null with fewer than one")
                                   Change nrs,
                                   @Schema(description = "ODI change between the first and latest ODI taken; null without one")
                                   Change odi,
                                   List<GoalProgress> goals,
                                   int goalsMet,
                                   int goalsTotal) {
    }
}
