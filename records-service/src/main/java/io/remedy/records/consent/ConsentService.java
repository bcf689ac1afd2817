package io.remedy.records.consent;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.access.Need;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.common.Instants;
import io.remedy.records.consent.ConsentView.ConsentResponse;
import io.remedy.records.consent.ConsentView.NewConsent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Consents to treatment and to data processing: given by the client (or recorded by their therapist), withdrawn. */
@ApplicationScoped
public class ConsentService {

    /** Clock difference tolerated between a phone and the server for {@code givenAt}. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ConsentRepository consents;
    private final ClinicalAccess access;
    private final AuditTrail audit;

    public ConsentService(ConsentRepository consents, ClinicalAccess access, AuditTrail audit) {
        this.consents = consents;
        this.access = access;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<ConsentResponse> give(Caller caller, UUID clientId, NewConsent request) {
        Instant now = Instants.now();
        Instant givenAt = request.givenAt() == null ? now
                : request.givenAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        if (givenAt.isAfter(now.plus(CLOCK_SKEW))) {
            return Uni.createFrom().failure(ProblemException.validation("givenAt", "must not be in the future"));
        }
        return access.require(caller, clientId, Need.RECORD_WRITE).flatMap(grant -> {
            Consent consent = new Consent();
            consent.id = UUID.randomUUID();
            consent.tenant = caller.tenant();
            consent.clientId = clientId;
            consent.kind = request.kind();
            consent.textVersion = request.textVersion();
            consent.givenAt = givenAt;
            consent.recordedBy = caller.userId();
            consent.recordedAt = now;
            // a new version of a kind supersedes the current one: one current consent per kind
            return consents.lockKind(caller.tenant(), clientId, request.kind())
                    .chain(() -> consents.supersede(caller.tenant(), clientId, request.kind(), consent.id, now))
                    .chain(() -> consents.persist(consent))
                    .call(saved -> audit.record(caller, Action.CREATE, clientId, "consent/" + saved.id, null))
                    .map(ConsentResponse::of);
        });
    }

    @WithTransaction
    public Uni<Page<ConsentResponse>> list(Caller caller, UUID clientId, Cursor.Keyset cursor, int limit) {
        return access.require(caller, clientId, Need.RECORD_READ)
                .flatMap(grant -> consents.page(caller.tenant(), clientId, cursor, limit + 1))
                .map(rows -> Page.of(rows, limit, ConsentResponse::of, c -> Cursor.after(c.recordedAt, c.id)))
                .call(() -> audit.record(caller, Action.READ, clientId, "consents", null));
    }

    @WithTransaction
    public Uni<ConsentResponse> get(Caller caller, UUID clientId, UUID consentId) {
        return access.require(caller, clientId, Need.RECORD_READ)
                .flatMap(grant -> consents.findForClient(caller.tenant(), clientId, consentId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Consent", consentId))
                .call(consent -> audit.record(caller, Action.READ, clientId, "consent/" + consent.id, null))
                .map(ConsentResponse::of);
    }

    /** Withdraws a current consent; a withdrawn one stays on record. Withdrawing twice is a 409. */
    @WithTransaction
    public Uni<ConsentResponse> withdraw(Caller caller, UUID clientId, UUID consentId) {
        return access.require(caller, clientId, Need.RECORD_WRITE)
                .flatMap(grant -> consents.findForClient(caller.tenant(), clientId, consentId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Consent", consentId))
                .map(consent -> {
                    if (!consent.current()) {
                        throw ProblemException.conflict(consent.withdrawnAt != null
                                        ? "This consent is already withdrawn"
                                        : "This consent was superseded by a newer version",
                                new FieldError("consentId", consent.withdrawnAt != null ? "already withdrawn"
                                        : "superseded by " + consent.supersededBy));
                    }
                    consent.withdraw(caller.userId(), Instants.now());
                    return consent;
                })
                .call(consents::flush)
                .call(consent -> audit.record(caller, Action.WITHDRAW, clientId, "consent/" + consent.id, null))
                .map(ConsentResponse::of);
    }
}
