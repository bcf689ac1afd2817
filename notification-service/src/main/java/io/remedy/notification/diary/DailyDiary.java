package io.remedy.notification.diary;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.remedy.notification.contact.Contact;
import io.remedy.notification.contact.ContactRepository;
import io.remedy.notification.message.Addressee;
import io.remedy.notification.message.MessageKind;
import io.remedy.notification.message.Messenger;
import io.remedy.notification.message.Notice;
import io.remedy.notification.message.SessionMoment;
import io.remedy.notification.session.KnownLocation;
import io.remedy.notification.session.KnownLocationRepository;
import io.remedy.notification.session.SessionCopy;
import io.remedy.notification.session.SessionCopyRepository;
import io.remedy.platform.reactive.SafeContext;
import io.remedy.platform.reactive.ScheduledRound;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The daily diary: once a day per location, from the configured local time in the location's own zone, each
 * therapist with sessions there that day gets the list (from the session projection). One run per location and
 * day is recorded in the same transaction as its messages, so with several replicas a diary goes out once.
 */
@ApplicationScoped
public class DailyDiary {

    private final KnownLocationRepository locations;
    private final SessionCopyRepository sessions;
    private final ContactRepository contacts;
    private final Messenger messenger;
    private final DiaryConfig config;
    private final Vertx vertx;
    private volatile boolean stopped;

    public DailyDiary(KnownLocationRepository locations, SessionCopyRepository sessions, ContactRepository contacts,
                      Messenger messenger, DiaryConfig config, Vertx vertx) {
        this.locations = locations;
        this.sessions = sessions;
        this.contacts = contacts;
        this.messenger = messenger;
        this.config = config;
        this.vertx = vertx;
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    @Scheduled(every = "${remedy.diary.check-every}", delayed = "${remedy.diary.first-check-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return ScheduledRound.run(vertx, "Daily diary", () -> stopped, () -> sendDue(Instant.now()));
    }

    /** True when a location's diary for its current day may go out at {@code now}. */
    static boolean due(Instant now, ZoneId zone, LocalTime sendAt) {
        return !now.atZone(zone).toLocalTime().isBefore(sendAt);
    }

    /**
     * Sends every diary due at {@code now} that was not sent yet, on a context of its own (callable from any
     * thread); emits how many messages were written.
     */
    public Uni<Integer> sendDue(Instant now) {
        return Uni.createFrom().<Integer>emitter(emitter -> SafeContext.create(vertx).runOnContext(v ->
                Panache.withTransaction(() -> locations.withTimeZone().chain(all -> Multi.createFrom().iterable(all)
                                .filter(location -> due(now, ZoneId.of(location.timeZone), config.sendAt()))
                                .onItem().transformToUniAndConcatenate(location -> diaryOf(location, now))
                                .collect().with(Collectors.summingInt(Integer::intValue))))
                        .subscribe().with(emitter::complete, emitter::fail)));
    }

    private Uni<Integer> diaryOf(KnownLocation location, Instant now) {
        ZoneId zone = ZoneId.of(location.timeZone);
        LocalDate day = now.atZone(zone).toLocalDate();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into diary_run (location_id, day, tenant, run_at) values (:location, :day, :tenant, :now)
                        on conflict do nothing""")
                .setParameter("location", location.locationId)
                .setParameter("day", day)
                .setParameter("tenant", location.tenant)
                .setParameter("now", now)
                .executeUpdate())
                .chain(inserted -> inserted == 0 ? Uni.createFrom().item(0) : sessions.bookedAt(location.tenant,
                                location.locationId, day.atStartOfDay(zone).toInstant(),
                                day.plusDays(1).atStartOfDay(zone).toInstant())
                        .chain(booked -> send(location, day, zone, booked)));
    }

    private Uni<Integer> send(KnownLocation location, LocalDate day, ZoneId zone, List<SessionCopy> booked) {
        Map<String, List<SessionCopy>> byTherapist = booked.stream()
                .filter(s -> s.therapistUserId != null && !s.therapistUserId.isBlank())
                .collect(Collectors.groupingBy(s -> s.therapistUserId, LinkedHashMap::new, Collectors.toList()));
        if (byTherapist.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<UUID> clientIds = booked.stream().map(s -> s.clientId).distinct().toList();
        return contacts.findAllInTenant(location.tenant, clientIds).chain(found -> {
            Map<UUID, Contact> clients = found.stream().collect(Collectors.toMap(c -> c.clientId, Function.identity()));
            return Multi.createFrom().iterable(byTherapist.entrySet())
                    .onItem().transformToUniAndConcatenate(diary -> {
                        List<DiaryEntry> entries = diary.getValue().stream()
                                .map(s -> entry(s, zone, clients.get(s.clientId))).toList();
                        Notice notice = Notice.scheduled(MessageKind.DAILY_DIARY, location.tenant,
                                        "diary:" + location.locationId + ":" + day + ":" + diary.getKey(),
                                        ZonedDateTime.of(day, config.sendAt(), zone).toInstant())
                                .at(location.locationId, location.code, location.name, location.timeZone)
                                .value("entries", entries)
                                .moment("diary", diary.getValue().get(0).startsAt)
                                .build();
                        return messenger.send(notice, List.of(new Addressee.Staff(diary.getKey())));
                    })
                    .collect().with(Collectors.summingInt(Integer::intValue));
        });
    }

    private static DiaryEntry entry(SessionCopy session, ZoneId zone, Contact client) {
        String name = client == null || client.erased ? "-"
                : (client.givenName + " " + client.familyName).trim();
        return new DiaryEntry(SessionMoment.of(session.startsAt, zone).time(),
                SessionMoment.of(session.endsAt, zone).time(), session.serviceName,
                session.roomName == null ? "-" : session.roomName, name);
    }
}
