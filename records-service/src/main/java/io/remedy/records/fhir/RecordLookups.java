package io.remedy.records.fhir;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.remedy.records.assessment.Assessment;
import io.remedy.records.assessment.AssessmentRepository;
import io.remedy.records.consent.ConsentRepository;
import io.remedy.records.plan.PlanRepository;
import io.remedy.records.redflag.RedFlagRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Whose record a FHIR id belongs to, within the caller's chain: FHIR reads by id alone, the use cases by client and
 * id. An id of another chain, or none, belongs to {@link #NOBODY}, whom the use cases refuse exactly as the JSON API
 * refuses an unknown client (403 for a caller who reads no clinical data at all, else 404). Also the client's
 * assessments from the first, for the change against the baseline, read once the use case granted the read.
 */
@ApplicationScoped
public class RecordLookups {

    /** The client of an id that is not in the caller's chain: no client has it. */
    public static final UUID NOBODY = new UUID(0L, 0L);

    private final AssessmentRepository assessments;
    private final PlanRepository plans;
    private final ConsentRepository consents;
    private final RedFlagRepository flags;

    public RecordLookups(AssessmentRepository assessments, PlanRepository plans, ConsentRepository consents,
                         RedFlagRepository flags) {
        this.assessments = assessments;
        this.plans = plans;
        this.consents = consents;
        this.flags = flags;
    }

    @WithSession
    public Uni<UUID> clientOfAssessment(String tenant, UUID id) {
        return assessments.find("tenant = ?1 and id = ?2", tenant, id).firstResult()
                .map(found -> found == null ? NOBODY : found.clientId);
    }

    @WithSession
    public Uni<UUID> clientOfPlan(String tenant, UUID id) {
        return plans.find("tenant = ?1 and id = ?2", tenant, id).firstResult()
                .map(found -> found == null ? NOBODY : found.clientId);
    }

    @WithSession
    public Uni<UUID> clientOfConsent(String tenant, UUID id) {
        return consents.find("tenant = ?1 and id = ?2", tenant, id).firstResult()
                .map(found -> found == null ? NOBODY : found.clientId);
    }

    @WithSession
    public Uni<UUID> clientOfRedFlag(String tenant, UUID id) {
        return flags.find("tenant = ?1 and id = ?2", tenant, id).firstResult()
                .map(found -> found == null ? NOBODY : found.clientId);
    }

    /** The client's assessments, first to latest (the first is the baseline). */
    @WithSession
    public Uni<List<Assessment>> assessmentsOf(String tenant, UUID clientId) {
        return assessments.all(tenant, clientId);
    }
}
