package io.remedy.records.session;

import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * Who treats: the calling therapist (their therapist id learnt from the sessions booking announced for them), or
 * the therapist of the client's next, else latest, session.
 */
@ApplicationScoped
public class Therapists {

    private final KnownSessionRepository sessions;

    public Therapists(KnownSessionRepository sessions) {
        this.sessions = sessions;
    }

    /** The caller as a therapist; {@link TherapistRef#NONE} if they are not one. */
    public Uni<TherapistRef> caller(Caller caller) {
        if (!caller.hasRole(Caller.THERAPIST)) {
            return Uni.createFrom().item(TherapistRef.NONE);
        }
        return sessions.therapistIdOf(caller.tenant(), caller.userId())
                .map(id -> new TherapistRef(id, caller.userId()));
    }

    /** The therapist of the client's next, else latest, session; {@link TherapistRef#NONE} without sessions. */
    public Uni<TherapistRef> ofClient(String tenant, UUID clientId, Instant now) {
        return sessions.currentFor(tenant, clientId, now).map(session -> session == null ? TherapistRef.NONE
                : new TherapistRef(session.therapistId, session.therapistUserId));
    }

    /** The caller if they are a therapist, else the client's current therapist. */
    public Uni<TherapistRef> treating(Caller caller, UUID clientId, Instant now) {
        return caller(caller).flatMap(me -> me.therapistUserId() != null ? Uni.createFrom().item(me)
                : ofClient(caller.tenant(), clientId, now));
    }

    /** The login of a therapist record, from the sessions that name it; null if none does. */
    public Uni<TherapistRef> byId(String tenant, UUID therapistId) {
        return sessions.latestOfTherapist(tenant, therapistId)
                .map(session -> session == null ? null : new TherapistRef(therapistId, session.therapistUserId));
    }
}
