package io.remedy.records.session;

import io.remedy.records.client.ClientHeaderRepository;
import io.remedy.records.common.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the session, location and client-header projections up to date from booking's session events. Runs
 * inside the inbox's transaction of the event.
 */
@ApplicationScoped
public class SessionProjection {

    private final KnownSessionRepository sessions;
    private final KnownLocationRepository locations;
    private final ClientHeaderRepository clients;

    public SessionProjection(KnownSessionRepository sessions, KnownLocationRepository locations,
                             ClientHeaderRepository clients) {
        this.sessions = sessions;
        this.locations = locations;
        this.clients = clients;
    }

    /** Records what the event says; the session's row is created on its first event and updated after. */
    public Uni<KnownSession> apply(SessionFacts facts) {
        return location(facts).chain(() -> client(facts)).chain(() -> session(facts));
    }

    private Uni<Void> location(SessionFacts facts) {
        if (facts.locationId() == null || facts.locationCode() == null) {
            return Uni.createFrom().voidItem();
        }
        String zone = facts.timeZone() != null ? facts.timeZone() : "UTC";
        return locations.ensure(facts.tenant(), facts.locationId(), facts.locationCode(), facts.locationName(), zone)
                .invoke(location -> {
                    if (location.tenant.equals(facts.tenant())) {
                        location.code = facts.locationCode();
                        if (facts.locationName() != null) {
                            location.name = facts.locationName();
                        }
                        if (facts.timeZone() != null) {
                            location.timeZone = facts.timeZone();
                        }
                        location.updatedAt = Instants.now();
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> client(SessionFacts facts) {
        return clients.ensure(facts.tenant(), facts.clientId(), facts.clientUserId()).invoke(header -> {
            if (header.tenant.equals(facts.tenant()) && header.userId == null && !header.erased()
                    && facts.clientUserId() != null) {
                header.userId = facts.clientUserId();
                header.updatedAt = Instants.now();
            }
        }).replaceWithVoid();
    }

    private Uni<KnownSession> session(SessionFacts facts) {
        return sessions.findById(facts.sessionId()).flatMap(found -> {
            if (found != null && !found.tenant.equals(facts.tenant())) {
                return Uni.createFrom().item(found);
            }
            KnownSession session = found != null ? found : new KnownSession();
            session.id = facts.sessionId();
            session.tenant = facts.tenant();
            session.clientId = facts.clientId();
            if (facts.clientUserId() != null || found == null) {
                session.clientUserId = facts.clientUserId();
            }
            if (facts.therapistId() != null) {
                session.therapistId = facts.therapistId();
                session.therapistUserId = facts.therapistUserId();
            }
            session.locationId = facts.locationId();
            session.locationCode = facts.locationCode();
            session.timeZone = facts.timeZone() != null ? facts.timeZone()
                    : session.timeZone != null ? session.timeZone : "UTC";
            if (facts.startsAt() != null) {
                session.startsAt = facts.startsAt();
                session.endsAt = facts.endsAt();
            }
            if (facts.planId() != null) {
                session.planId = facts.planId();
            }
            session.status = facts.status();
            session.updatedAt = Instants.now();
            return found != null ? Uni.createFrom().item(session) : sessions.persist(session);
        });
    }
}
