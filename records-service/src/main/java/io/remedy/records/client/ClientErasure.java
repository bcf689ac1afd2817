package io.remedy.records.client;

import io.quarkus.logging.Log;
import io.remedy.records.audit.AuditRepository;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.common.Instants;
import io.remedy.records.common.JsonText;
import io.remedy.records.intake.IntakeRepository;
import io.remedy.records.intake.IntakeVersion;
import io.remedy.records.intake.IntakeView.IntakeAnswers;
import io.remedy.records.session.KnownSession;
import io.remedy.records.session.KnownSessionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * A client's erasure, on booking's {@code client.erased}: the personal data records keeps is removed (name,
 * contact, login, occupation), the login is dropped from sessions and the audit trail; the clinical record is
 * kept, anonymised, and flagged {@code retainedAfterErasure} as clinical retention rules require.
 */
@ApplicationScoped
public class ClientErasure {

    /** What the audit trail names the erased client's former login as. */
    public static final String ERASED_ACTOR = "erased-client";

    private final ClientHeaderRepository clients;
    private final IntakeRepository intakes;
    private final KnownSessionRepository sessions;
    private final AuditRepository auditEntries;
    private final AuditTrail audit;
    private final JsonText json;

    public ClientErasure(ClientHeaderRepository clients, IntakeRepository intakes, KnownSessionRepository sessions,
                         AuditRepository auditEntries, AuditTrail audit, JsonText json) {
        this.clients = clients;
        this.intakes = intakes;
        this.sessions = sessions;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.json = json;
    }

    public Uni<Void> erase(String tenant, UUID clientId, String formerUserId, Instant erasedAt, String requestedBy) {
        return clients.ensure(tenant, clientId, null).flatMap(header -> {
            if (!header.tenant.equals(tenant)) {
                return Uni.createFrom().voidItem();
            }
            String login = formerUserId != null ? formerUserId : header.userId;
            header.userId = null;
            header.givenName = null;
            header.familyName = null;
            header.email = null;
            header.phone = null;
            header.preferredLanguage = null;
            header.erasedAt = erasedAt == null ? Instants.now() : erasedAt;
            header.retainedAfterErasure = true;
            header.updatedAt = Instants.now();
            return intakes.all(tenant, clientId)
                    .invoke(versions -> versions.forEach(this::anonymise))
                    .chain(() -> sessions.forClient(tenant, clientId))
                    .invoke(known -> known.forEach((KnownSession session) -> session.clientUserId = null))
                    .chain(() -> login == null ? Uni.createFrom().item(0)
                            : auditEntries.anonymiseActor(tenant, login, ERASED_ACTOR))
                    .chain(() -> audit.recordOnEvent(tenant, requestedBy != null && requestedBy.equals(login)
                            ? ERASED_ACTOR : requestedBy, Action.ERASE, clientId, "client"))
                    .invoke(() -> Log.infof("Client %s erased; clinical record kept, anonymised", clientId));
        });
    }

    private void anonymise(IntakeVersion version) {
        IntakeAnswers answers = json.read(version.answers, IntakeAnswers.class);
        IntakeAnswers kept = new IntakeAnswers(null, answers.dailyLoad(), answers.medicalHistory(),
                answers.conditions(), answers.injuries(), answers.surgeries(), answers.medications(),
                answers.corticosteroidInjections(), answers.painLocations(), answers.painRadiates(),
                answers.symptoms(), answers.goals());
        version.answers = json.write(kept);
        version.retainedAfterErasure = true;
    }
}
