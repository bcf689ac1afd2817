package io.remedy.booking.calendar;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.catalogue.BookableService;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.session.Session;
import io.remedy.booking.session.SessionStatus;
import io.remedy.booking.therapist.Therapist;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Private calendar feeds: made by a therapist for their diary (or by front-desk staff, managers and admins for any
 * therapist's, showing only the sessions at their locations), or by a client for their own sessions; listed and
 * revoked by whoever made them. The token is shown once; only its SHA-256 is kept.
 */
@ApplicationScoped
public class CalendarFeedService {

    /** Bytes of a feed's secret token. */
    static final int TOKEN_BYTES = 32;
    /** How far back and ahead a feed reaches. */
    static final Duration PAST = Duration.ofDays(90);
    static final Duration AHEAD = Duration.ofDays(400);
    /** Most sessions one feed shows. */
    static final int MOST = 2000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TherapistRepository therapists;
    private final ClientRepository clients;

    public CalendarFeedService(TherapistRepository therapists, ClientRepository clients) {
        this.therapists = therapists;
        this.clients = clients;
    }

    /** A new feed and its secret token. */
    public record Made(CalendarFeed feed, String token) {
    }

    @WithTransaction
    public Uni<Made> create(Caller caller, CalendarFeedView.NewFeed request) {
        caller.requireTenant();
        Uni<CalendarFeed> feed = request.scope() == CalendarFeed.Scope.CLIENT ? clientFeed(caller, request)
                : therapistFeed(caller, request);
        return feed.chain(row -> {
            String token = newToken();
            row.id = UUID.randomUUID();
            row.tenant = caller.tenant();
            row.scope = request.scope();
            row.ownerUserId = caller.userId();
            row.tokenHash = hash(token);
            row.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return row.<CalendarFeed>persist().map(saved -> new Made(saved, token));
        });
    }

    private Uni<CalendarFeed> clientFeed(Caller caller, CalendarFeedView.NewFeed request) {
        if (!caller.isClient()) {
            throw ProblemException.forbidden("A client makes a feed of their own sessions; staff make therapists' feeds");
        }
        if (request.therapistId() != null) {
            throw ProblemException.validation("therapistId", "must be left out for a CLIENT feed");
        }
        return clients.findByUser(caller.tenant(), caller.userId()).map(client -> {
            if (client == null) {
                throw ProblemException.notFound("No client record belongs to this login");
            }
            CalendarFeed row = new CalendarFeed();
            row.clientId = client.id;
            row.locations = "*";
            return row;
        });
    }

    private Uni<CalendarFeed> therapistFeed(Caller caller, CalendarFeedView.NewFeed request) {
        boolean staff = caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
        if (!staff && !caller.hasRole(Caller.THERAPIST)) {
            throw ProblemException.forbidden("Only front-desk staff, managers, admins and the therapist themself"
                    + " follow a therapist's diary");
        }
        Uni<Therapist> therapist;
        if (request.therapistId() != null) {
            therapist = therapists.findInTenant(caller.tenant(), request.therapistId()).map(found -> {
                if (found == null) {
                    throw ProblemException.validation("therapistId", "names no therapist of this chain");
                }
                return found;
            });
        } else if (caller.hasRole(Caller.THERAPIST)) {
            therapist = therapists.findByUser(caller.tenant(), caller.userId()).map(found -> {
                if (found == null) {
                    throw ProblemException.validation("therapistId", "is required: no therapist belongs to this login");
                }
                return found;
            });
        } else {
            throw ProblemException.validation("therapistId", "is required for a THERAPIST feed");
        }
        return therapist.map(found -> {
            boolean own = caller.userId().equals(found.userId);
            if (!own && !staff) {
                throw ProblemException.forbidden("A therapist follows only their own diary");
            }
            CalendarFeed row = new CalendarFeed();
            row.therapistId = found.id;
            // the therapist sees all of their diary; staff only what they see through the API
            row.locations = own || caller.actsAtAllLocations() ? "*"
                    : CalendarFeed.locationsOf(caller.locations(), false);
            return row;
        });
    }

    /** The caller's feeds that are not revoked, newest first. */
    @WithSession
    public Uni<Page<CalendarFeedView.Feed>> list(Caller caller, int limit, String cursor) {
        caller.requireTenant();
        Cursor.Keyset after = Cursor.keyset(cursor);
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", caller.tenant());
        params.put("owner", caller.userId());
        String where = "tenant = :tenant and ownerUserId = :owner and revokedAt is null";
        if (after != null) {
            where += " and (createdAt < :at or (createdAt = :at and id < :id))";
            params.put("at", after.at());
            params.put("id", after.id());
        }
        return CalendarFeed.<CalendarFeed>find(where + " order by createdAt desc, id desc", params)
                .page(0, limit + 1).list()
                .map(rows -> Page.of(rows, limit, row -> CalendarFeedView.Feed.of(row, null),
                        row -> Cursor.after(row.createdAt, row.id)));
    }

    /** Revokes a feed: its URL stops working at once. The maker revokes it, or a chain admin. */
    @WithTransaction
    public Uni<Void> revoke(Caller caller, UUID id) {
        caller.requireTenant();
        return CalendarFeed.<CalendarFeed>find("id = ?1 and tenant = ?2 and revokedAt is null", id, caller.tenant())
                .firstResult()
                .map(row -> {
                    if (row == null || !(caller.userId().equals(row.ownerUserId)
                            || caller.hasRole(Caller.CHAIN_ADMIN))) {
                        throw ProblemException.notFound("Calendar feed", id);
                    }
                    row.revokedAt = Instant.now();
                    return null;
                });
    }

    /** The feed behind a token, as iCalendar text; null when no live feed has it. */
    @WithSession
    public Uni<String> calendar(String token) {
        Instant now = Instant.now();
        return CalendarFeed.<CalendarFeed>find("tokenHash = ?1 and revokedAt is null", hash(token)).firstResult()
                .chain(feed -> feed == null ? Uni.createFrom().nullItem() : sessions(feed, now)
                        .chain(found -> entries(feed, found))
                        .map(entries -> FeedWriter.write(feed.scope == CalendarFeed.Scope.CLIENT ? "My sessions"
                                : "Diary", entries)));
    }

    private static Uni<List<Session>> sessions(CalendarFeed feed, Instant now) {
        String who = feed.scope == CalendarFeed.Scope.CLIENT ? "clientId" : "therapistId";
        UUID id = feed.scope == CalendarFeed.Scope.CLIENT ? feed.clientId : feed.therapistId;
        return Session.<Session>find("tenant = ?1 and " + who + " = ?2 and status in ?3 and startsAt >= ?4"
                                + " and startsAt < ?5 order by startsAt, id", feed.tenant, id,
                        List.of(SessionStatus.BOOKED, SessionStatus.CHECKED_IN, SessionStatus.COMPLETED),
                        now.minus(PAST), now.plus(AHEAD))
                .page(0, MOST).list();
    }

    private static Uni<List<FeedWriter.Entry>> entries(CalendarFeed feed, List<Session> sessions) {
        if (sessions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> locationIds = sessions.stream().map(s -> s.locationId).distinct().toList();
        List<UUID> serviceIds = sessions.stream().map(s -> s.serviceId).filter(Objects::nonNull).distinct().toList();
        return Location.<Location>list("id in ?1", locationIds).chain(locations -> BookableService
                .<BookableService>list("id in ?1", serviceIds).map(services -> {
                    Map<UUID, Location> where = locations.stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
                    Map<UUID, BookableService> what = services.stream()
                            .collect(Collectors.toMap(s -> s.id, Function.identity()));
                    return sessions.stream()
                            .filter(s -> where.containsKey(s.locationId) && feed.shows(where.get(s.locationId).code))
                            .map(s -> {
                                Location location = where.get(s.locationId);
                                BookableService service = what.get(s.serviceId);
                                return new FeedWriter.Entry(s.id, (int) Math.min(Integer.MAX_VALUE, s.version),
                                        service == null ? null : service.name, location.name, location.address,
                                        location.timeZone, s.startsAt, s.endsAt, false, changedAt(s));
                            })
                            .toList();
                }));
    }

    /** The last change a session's own columns record (booked, checked in, completed): the event's DTSTAMP. */
    private static Instant changedAt(Session session) {
        Instant at = session.createdAt;
        for (Instant later : new Instant[] {session.checkedInAt, session.completedAt}) {
            if (later != null && (at == null || later.isAfter(at))) {
                at = later;
            }
        }
        return at == null ? Instant.EPOCH : at.truncatedTo(ChronoUnit.SECONDS);
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
