package io.remedy.notification.session;

import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.contracts.booking.SessionRescheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the session and location projections in step with booking's session events. Runs inside the inbox's
 * transaction.
 */
@ApplicationScoped
public class SessionBook {

    private final SessionCopyRepository sessions;
    private final KnownLocationRepository locations;

    public SessionBook(SessionCopyRepository sessions, KnownLocationRepository locations) {
        this.sessions = sessions;
        this.locations = locations;
    }

    public Uni<SessionCopy> booked(String tenant, SessionBooked e) {
        return locations.learn(tenant, e.locationId(), e.locationCode(), e.locationName(), e.timeZone())
                .chain(() -> sessions.findInTenant(tenant, e.sessionId()))
                .chain(existing -> {
                    SessionCopy copy = existing != null ? existing : new SessionCopy();
                    copy.sessionId = e.sessionId();
                    copy.tenant = tenant;
                    place(copy, e.locationId(), e.locationCode(), e.locationName(), e.timeZone(), e.clientId());
                    copy.therapistId = e.therapistId();
                    copy.therapistUserId = e.therapistUserId();
                    copy.therapistName = e.therapistName();
                    copy.serviceName = e.serviceName();
                    copy.roomName = e.roomName();
                    copy.startsAt = e.startsAt();
                    copy.endsAt = e.endsAt();
                    copy.status = SessionCopy.Status.BOOKED;
                    copy.updatedAt = Instant.now();
                    return existing != null ? Uni.createFrom().item(copy) : sessions.persist(copy);
                });
    }

    /** The session after the move; its copy before the move is returned by {@link #find}. */
    public Uni<SessionCopy> rescheduled(String tenant, SessionRescheduled e) {
        return locations.learn(tenant, e.locationId(), e.locationCode(), e.locationName(), e.timeZone())
                .chain(() -> sessions.findInTenant(tenant, e.sessionId()))
                .chain(existing -> {
                    SessionCopy copy = existing != null ? existing : new SessionCopy();
                    copy.sessionId = e.sessionId();
                    copy.tenant = tenant;
                    place(copy, e.locationId(), e.locationCode(), e.locationName(), e.timeZone(), e.clientId());
                    copy.serviceName = e.serviceName();
                    if (e.current() != null) {
                        copy.therapistId = e.current().therapistId();
                        copy.therapistUserId = e.current().therapistUserId();
                        copy.therapistName = e.current().therapistName();
                        copy.roomName = e.current().roomName();
                        copy.startsAt = e.current().startsAt();
                        copy.endsAt = e.current().endsAt();
                    }
                    if (copy.status == null) {
                        copy.status = SessionCopy.Status.BOOKED;
                    }
                    copy.updatedAt = Instant.now();
                    return existing != null ? Uni.createFrom().item(copy) : sessions.persist(copy);
                });
    }

    public Uni<SessionCopy> cancelled(String tenant, SessionCancelled e) {
        return ended(tenant, e.sessionId(), SessionCopy.Status.CANCELLED, e.locationId(), e.locationCode(),
                e.locationName(), e.timeZone(), e.clientId(), e.therapistId(), e.therapistUserId(),
                e.therapistName(), e.serviceName(), e.startsAt(), e.endsAt());
    }

    public Uni<SessionCopy> completed(String tenant, SessionCompleted e) {
        return ended(tenant, e.sessionId(), SessionCopy.Status.COMPLETED, e.locationId(), e.locationCode(),
                e.locationName(), e.timeZone(), e.clientId(), e.therapistId(), e.therapistUserId(),
                e.therapistName(), e.serviceName(), e.startsAt(), e.endsAt());
    }

    public Uni<SessionCopy> noShow(String tenant, SessionNoShow e) {
        return ended(tenant, e.sessionId(), SessionCopy.Status.NO_SHOW, e.locationId(), e.locationCode(),
                e.locationName(), e.timeZone(), e.clientId(), e.therapistId(), e.therapistUserId(),
                e.therapistName(), e.serviceName(), e.startsAt(), e.endsAt());
    }

    public Uni<SessionCopy> find(String tenant, UUID sessionId) {
        return sessions.findInTenant(tenant, sessionId);
    }

    private Uni<SessionCopy> ended(String tenant, UUID sessionId, SessionCopy.Status status, UUID locationId,
                                   String locationCode, String locationName, String timeZone, UUID clientId,
                                   UUID therapistId, String therapistUserId, String therapistName,
                                   String serviceName, Instant startsAt, Instant endsAt) {
        return locations.learn(tenant, locationId, locationCode, locationName, timeZone)
                .chain(() -> sessions.findInTenant(tenant, sessionId))
                .chain(existing -> {
                    SessionCopy copy = existing != null ? existing : new SessionCopy();
                    copy.sessionId = sessionId;
                    copy.tenant = tenant;
                    place(copy, locationId, locationCode, locationName, timeZone, clientId);
                    copy.therapistId = therapistId;
                    copy.therapistUserId = therapistUserId;
                    copy.therapistName = therapistName;
                    copy.serviceName = serviceName;
                    copy.startsAt = startsAt;
                    copy.endsAt = endsAt;
                    copy.status = status;
                    copy.updatedAt = Instant.now();
                    return existing != null ? Uni.createFrom().item(copy) : sessions.persist(copy);
                });
    }

    private static void place(SessionCopy copy, UUID locationId, String locationCode, String locationName,
                              String timeZone, UUID clientId) {
        copy.locationId = locationId;
        copy.locationCode = locationCode;
        copy.locationName = locationName;
        copy.timeZone = timeZone;
        copy.clientId = clientId;
    }
}
