package io.remedy.console.records;

import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.progress.ProgressView;

import java.util.List;
import java.util.UUID;

/** What a client's record shows, part by part; a part whose service did not answer shows as unavailable. */
public record RecordView(UUID clientId, String clientName, Part<IntakeView> intake, Part<List<ConsentRow>> consents,
                         Part<List<RedFlagRow>> redFlags, Part<List<AssessmentRow>> assessments,
                         Part<ProgressView> progress, Part<List<PlanRow>> plans, AssessmentRow recorded,
                         boolean mayWrite, FormErrors consentErrors,
                         String idempotencyKey) {

    /** A consent. */
    public record ConsentRow(String kind, String textVersion, String givenAt, boolean current, String withdrawnAt) {
    }

    /** A red flag; open ones come first. */
    public record RedFlagRow(UUID id, List<String> findings, String severity, boolean urgent, boolean open,
                             String source, String raisedAt, String location, String clearance, String outcome) {
    }

    /** An assessment with its scores. */
    public record AssessmentRow(UUID id, String assessedAt, String location, int nrs, Double odiScore, String odiBand,
                                int odiAnswered, boolean baseline) {
    }

    /** A treatment plan, as a line of the record. */
    public record PlanRow(UUID id, String status, int version, int phases, int homework, String reviewDate,
                          String location) {
    }

    public boolean openRedFlags() {
        return redFlags.available() && redFlags.value().stream().anyMatch(RedFlagRow::open);
    }
}
