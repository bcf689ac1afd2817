package io.remedy.notification.message;

import io.quarkus.logging.Log;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.contracts.booking.WaitlistOfferExpired;
import io.remedy.contracts.booking.WaitlistOffered;
import io.remedy.notification.calendar.Invitations;
import io.remedy.notification.plan.HomeworkBook;
import io.remedy.notification.session.KnownLocationRepository;
import io.remedy.platform.event.CloudEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** What booking's session and waitlist events tell the client. Runs inside the inbox's transaction. */
@ApplicationScoped
public class SessionNotices {

    /**
     * What a session's cancellation or new time makes stale while still unsent (e.g. held back by the client's quiet
     * hours): the confirmation and the reminders name a time that no longer holds, an earlier change notice too. The
     * cancellation, or the new change notice with both times, is what goes out.
     */
    static final Set<MessageKind> STALE_ONCE_MOVED_ON = EnumSet.of(MessageKind.BOOKING_CONFIRMATION,
            MessageKind.SESSION_CHANGED, MessageKind.SESSION_REMINDER);

    private final Messenger messenger;
    private final HomeworkBook homework;
    private final KnownLocationRepository locations;

    public SessionNotices(Messenger messenger, HomeworkBook homework, KnownLocationRepository locations) {
        this.messenger = messenger;
        this.homework = homework;
        this.locations = locations;
    }

    /** The booking confirmation; waits for the client's contact if it has not arrived yet. */
    public Uni<Integer> booked(CloudEvent event, SessionBooked booked) {
        if (!booked.startsAt().isAfter(Instant.now())) {
            // history recorded after the fact (booking's POST /sessions/past): nothing to confirm to anyone
            return Uni.createFrom().item(0);
        }
        Notice notice = Notice.of(MessageKind.BOOKING_CONFIRMATION, event)
                .about(booked.sessionId())
                .at(booked.locationId(), booked.locationCode(), booked.locationName(), booked.timeZone())
                .value("serviceName", booked.serviceName())
                .value("therapistName", booked.therapistName())
                .value("roomName", booked.roomName())
                .moment("when", booked.startsAt())
                .invitation(Invitations.booked(booked))
                .waitForContact()
                .build();
        return messenger.send(notice, client(booked.clientId()));
    }

    /** The change notice, with the old and the new time (and therapist, if that changed). */
    public Uni<Integer> rescheduled(CloudEvent event, SessionRescheduled moved) {
        boolean therapistChanged = moved.previous() != null && moved.current() != null
                && !Objects.equals(moved.previous().therapistId(), moved.current().therapistId());
        Notice notice = Notice.of(MessageKind.SESSION_CHANGED, event)
                .about(moved.sessionId())
                .at(moved.locationId(), moved.locationCode(), moved.locationName(), moved.timeZone())
                .value("serviceName", moved.serviceName())
                .value("therapistName", moved.current() == null ? null : moved.current().therapistName())
                .value("previousTherapistName", moved.previous() == null ? null : moved.previous().therapistName())
                .value("therapistChanged", therapistChanged)
                .moment("when", moved.current() == null ? null : moved.current().startsAt())
                .moment("previousWhen", moved.previous() == null ? null : moved.previous().startsAt())
                .invitation(Invitations.rescheduled(moved))
                .waitForContact()
                .build();
        return messenger.dropUnsent(event.tenant(), moved.sessionId(), STALE_ONCE_MOVED_ON, Instant.now())
                .invoke(dropped -> logDropped(dropped, "rescheduled"))
                .chain(() -> messenger.send(notice, client(moved.clientId())));
    }

    /** The cancellation notice; a legal message, sent whatever the client opted out of. */
    public Uni<Integer> cancelled(CloudEvent event, SessionCancelled cancelled) {
        Notice notice = Notice.of(MessageKind.SESSION_CANCELLED, event)
                .about(cancelled.sessionId())
                .at(cancelled.locationId(), cancelled.locationCode(), cancelled.locationName(), cancelled.timeZone())
                .value("serviceName", cancelled.serviceName())
                .value("therapistName", cancelled.therapistName())
                .value("byClinic", cancelled.cancelledBy() == SessionCancelled.Party.CLINIC)
                .value("late", cancelled.late())
                .moment("when", cancelled.startsAt())
                .invitation(Invitations.cancelled(cancelled))
                .waitForContact()
                .build();
        return messenger.dropUnsent(event.tenant(), cancelled.sessionId(), STALE_ONCE_MOVED_ON,
                        Instant.now())
                .invoke(dropped -> logDropped(dropped, "cancelled"))
                .chain(() -> messenger.send(notice, client(cancelled.clientId())));
    }

    /** Post-session care: soreness settles within a few days; the homework of the client's plan, if any. */
    public Uni<Integer> completed(CloudEvent event, SessionCompleted completed) {
        return homework.of(event.tenant(), completed.clientId()).chain(items -> {
            Notice notice = Notice.of(MessageKind.POST_SESSION_CARE, event)
                    .about(completed.sessionId())
                    .at(completed.locationId(), completed.locationCode(), completed.locationName(),
                            completed.timeZone())
                    .value("serviceName", completed.serviceName())
                    .value("therapistName", completed.therapistName())
                    .value("homework", items)
                    .moment("when", completed.startsAt())
                    .waitForContact()
                    .build();
            return messenger.send(notice, client(completed.clientId()));
        });
    }

    /** The missed-session message, inviting the client to book again. */
    public Uni<Integer> noShow(CloudEvent event, SessionNoShow missed) {
        Notice notice = Notice.of(MessageKind.MISSED_SESSION, event)
                .about(missed.sessionId())
                .at(missed.locationId(), missed.locationCode(), missed.locationName(), missed.timeZone())
                .value("serviceName", missed.serviceName())
                .value("therapistName", missed.therapistName())
                .moment("when", missed.startsAt())
                .waitForContact()
                .build();
        return messenger.send(notice, client(missed.clientId()));
    }

    /** A freed slot offered to a waiting client, with the time the offer lapses. */
    public Uni<Integer> offered(CloudEvent event, WaitlistOffered offer) {
        Notice notice = Notice.of(MessageKind.WAITLIST_OFFER, event)
                .about(offer.offerId())
                .at(offer.locationId(), offer.locationCode(), offer.locationName(), offer.timeZone())
                .value("serviceName", offer.serviceName())
                .value("therapistName", offer.therapistName())
                .moment("when", offer.startsAt())
                .moment("expires", offer.expiresAt())
                .waitForContact()
                .build();
        return locations.learn(event.tenant(), offer.locationId(), offer.locationCode(), offer.locationName(),
                offer.timeZone()).chain(() -> messenger.send(notice, client(offer.clientId())));
    }

    /** A lapsed offer: messages not sent yet are cancelled, the in-app one leaves the inbox, and the client is told. */
    public Uni<Integer> offerEnded(CloudEvent event, WaitlistOfferExpired ended) {
        Instant now = Instant.now();
        return messenger.withdraw(event.tenant(), ended.offerId(), MessageKind.WAITLIST_OFFER, now)
                .chain(taken -> taken == 0 ? Uni.createFrom().item(0)
                        : locations.findInTenant(event.tenant(), ended.locationId()).chain(location -> {
                            Notice notice = Notice.of(MessageKind.WAITLIST_OFFER_WITHDRAWN, event)
                                    .about(ended.offerId())
                                    .at(ended.locationId(), location == null ? null : location.code,
                                            location == null ? null : location.name,
                                            location == null ? null : location.timeZone)
                                    .value("reason", ended.reason() == null ? null : ended.reason().name())
                                    .build();
                            return messenger.send(notice, client(ended.clientId()));
                        }));
    }

    private static void logDropped(int dropped, String why) {
        if (dropped > 0) {
            Log.infof("Dropped %d unsent messages about a session %s", dropped, why);
        }
    }

    private static List<Addressee> client(UUID clientId) {
        return List.of(new Addressee.Client(clientId));
    }
}
