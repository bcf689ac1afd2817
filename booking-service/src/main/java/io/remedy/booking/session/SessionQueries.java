package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.session.SessionRepository.SessionFilter;
import io.remedy.booking.session.SessionRepository.Visibility;
import io.remedy.booking.session.SessionView.HistoryEntry;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.query.InstantOrDay;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Reading sessions: one session, the diary between two bounds, a session's history; each as the caller may see it. */
@ApplicationScoped
public class SessionQueries {

    static final int MAX_LIST = 500;

    private final SessionRepository sessions;
    private final SessionChangeRepository changes;
    private final LocationRepository locations;
    private final ClientRepository clients;
    private final SessionAccess access;
    private final SessionViews views;

    public SessionQueries(SessionRepository sessions, SessionChangeRepository changes, LocationRepository locations,
                          ClientRepository clients, SessionAccess access, SessionViews views) {
        this.sessions = sessions;
        this.changes = changes;
        this.locations = locations;
        this.clients = clients;
        this.access = access;
        this.views = views;
    }

    /** One session the caller may see, as they may see it. */
    @WithSession
    public Uni<SessionResponse> get(Caller caller, UUID id) {
        return access.find(caller, id).flatMap(found -> views.of(caller, found.session()));
    }

    /**
     * As {@link #list(Caller, SessionFilter, String, int)} between two bounds that may be whole days: a day is read in
     * the time zone of {@code locationId}, or without one in the zone all the chain's locations share (a chain whose
     * locations are in several zones must name the location: a 400 naming {@code locationId}).
     */
    @WithSession
    public Uni<Page<SessionResponse>> list(Caller caller, InstantOrDay from, InstantOrDay to, UUID locationId,
                                           UUID therapistId, UUID clientId, String cursor, int limit) {
        Uni<ZoneId> zone;
        if (!from.isDay() && !to.isDay()) {
            zone = Uni.createFrom().item(ZoneOffset.UTC);
        } else if (locationId != null) {
            zone = locations.findInTenant(caller.tenant(), locationId)
                    .onItem().ifNull().failWith(() -> ProblemException.validation("locationId",
                            "no such location in this chain"))
                    .map(Location::zone);
        } else {
            zone = locations.listInTenant(caller.tenant()).map(all -> {
                List<ZoneId> zones = all.stream().map(Location::zone).distinct().toList();
                if (zones.size() > 1) {
                    throw ProblemException.validation("locationId", "is required when from or to is a date: this"
                            + " chain's locations are in several time zones");
                }
                return zones.isEmpty() ? ZoneOffset.UTC : zones.get(0);
            });
        }
        return zone.flatMap(in -> list(caller, new SessionFilter(from.startIn(in), to.endIn(in), locationId,
                therapistId, clientId), cursor, limit));
    }

    /** Staff list the diary of a location (or of a therapist or client) between two instants; a client their own. */
    @WithSession
    public Uni<Page<SessionResponse>> list(Caller caller, SessionFilter filter, String cursor, int limit) {
        if (!filter.to().isAfter(filter.from())) {
            throw ProblemException.validation("to", "must be after from");
        }
        Cursor.Keyset after = Cursor.keyset(cursor);
        int size = Math.min(Math.max(limit, 1), MAX_LIST);
        Uni<List<Session>> found;
        if (caller.hasRole(Caller.CLIENT)) {
            found = clients.findByUser(caller.tenant(), caller.userId())
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("No client record is linked to your account"))
                    .flatMap(me -> sessions.listBetween(caller.tenant(), new SessionFilter(filter.from(), filter.to(),
                            filter.locationId(), filter.therapistId(), me.id), Visibility.ALL, after, size + 1));
        } else {
            caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
            found = access.visibility(caller)
                    .flatMap(visible -> sessions.listBetween(caller.tenant(), filter, visible, after, size + 1));
        }
        return found.flatMap(all -> {
            List<Session> page = all.size() > size ? all.subList(0, size) : all;
            String next = all.size() > size ? Cursor.after(page.get(size - 1).startsAt, page.get(size - 1).id) : null;
            return views.of(caller, page).map(items -> new Page<>(items, next));
        });
    }

    /** A session's history, oldest change first, for whoever may see the session. */
    @WithSession
    public Uni<Page<HistoryEntry>> history(Caller caller, UUID id, String cursor, int limit) {
        Long after = Cursor.position(cursor);
        int size = Math.min(Math.max(limit, 1), MAX_LIST);
        return access.find(caller, id)
                .flatMap(found -> changes.history(caller.tenant(), found.session().id, after, size + 1))
                .map(all -> {
                    List<SessionChange> page = all.size() > size ? all.subList(0, size) : all;
                    String next = all.size() > size ? Cursor.after(page.get(size - 1).seq) : null;
                    return new Page<>(page.stream().map(HistoryEntry::of).toList(), next);
                });
    }
}
