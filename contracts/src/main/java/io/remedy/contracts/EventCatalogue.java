package io.remedy.contracts;

import io.remedy.contracts.EventType.Subscriber;
import io.remedy.contracts.billing.InvoiceIssued;
import io.remedy.contracts.billing.PackageSold;
import io.remedy.contracts.billing.PaymentReceived;
import io.remedy.contracts.billing.PaymentRefunded;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.ClientUpdated;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.contracts.booking.WaitlistOfferExpired;
import io.remedy.contracts.booking.WaitlistOffered;
import io.remedy.contracts.notification.NotificationDelivered;
import io.remedy.contracts.notification.NotificationFailed;
import io.remedy.contracts.records.AssessmentRecorded;
import io.remedy.contracts.records.NoteOverdue;
import io.remedy.contracts.records.PlanSeriesSet;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.contracts.records.RedFlagCleared;
import io.remedy.contracts.records.RedFlagRaised;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event of the platform, once: producers take type, topic and key from here, consumers subscribe by it, tests
 * and docs/events.md are checked against it. Adding an event means adding its record, schema, example and entry here.
 */
public final class EventCatalogue {

    /** Client registered: {@code remedy.booking.client.registered.v1}. */
    public static final EventType<ClientRegistered> CLIENT_REGISTERED = new EventType<>(
            ClientRegistered.TYPE, ClientRegistered.TOPIC, ClientRegistered.class, "clientId",
            Microservice.BOOKING, List.of(
                    new Subscriber(Microservice.RECORDS, "creates the client's record header (name, contact) for clinical records"),
                    new Subscriber(Microservice.NOTIFICATION, "stores the contact details and language that messages to the client use")),
            "A client was registered (by themself in the app, or at the front desk); carries the contact projection.");

    /** Client updated: {@code remedy.booking.client.updated.v1}. */
    public static final EventType<ClientUpdated> CLIENT_UPDATED = new EventType<>(
            ClientUpdated.TYPE, ClientUpdated.TOPIC, ClientUpdated.class, "clientId",
            Microservice.BOOKING, List.of(
                    new Subscriber(Microservice.RECORDS, "updates the client's record header"),
                    new Subscriber(Microservice.NOTIFICATION, "updates the contact details and language that messages use")),
            "A client's contact details changed; carries the whole new contact projection, not a diff.");

    /** Client erased: {@code remedy.booking.client.erased.v1}. */
    public static final EventType<ClientErased> CLIENT_ERASED = new EventType<>(
            ClientErased.TYPE, ClientErased.TOPIC, ClientErased.class, "clientId",
            Microservice.BOOKING, List.of(
                    new Subscriber(Microservice.RECORDS, "anonymises the client's personal data; keeps, flagged, the clinical part that retention rules require"),
                    new Subscriber(Microservice.NOTIFICATION, "deletes contact details, preferences and pending reminders of the client")),
            "A client's personal data was erased at their request; consumers purge or anonymise their copies.");

    /** Session booked: {@code remedy.booking.session.booked.v1}. */
    public static final EventType<SessionBooked> SESSION_BOOKED = new EventType<>(
            SessionBooked.TYPE, SessionBooked.TOPIC, SessionBooked.class, "sessionId",
            Microservice.BOOKING, List.of(
                    new Subscriber(Microservice.RECORDS, "opens a due session note for the treating therapist"),
                    new Subscriber(Microservice.NOTIFICATION, "sends the booking confirmation and schedules the reminders (default 24 h and 2 h before), in the location's time zone")),
            "A session was booked; carries all a consumer needs to confirm, remind and open a note without calling booking.");

    /** Session rescheduled: {@code remedy.booking.session.rescheduled.v1}. */
    public static final EventType<SessionRescheduled> SESSION_RESCHEDULED = new EventType<>(
            SessionRescheduled.TYPE, SessionRescheduled.TOPIC, SessionRescheduled.class, "sessionId",
            Microservice.BOOKING, List.of(
                    new Subscriber(Microservice.NOTIFICATION, "sends the change notice and moves the session's reminders"),
                    new Subscriber(Microservice.RECORDS, "moves the due session note to the new therapist and time")),
            "A session moved in time, therapist or room (same location); the session keeps its id and history.");

    /** Session cancelled: {@code remedy.booking.session.cancelled.v1}. */
    public static final EventType<SessionCancelled> SESSION_CANCELLED = new EventType<>(
            SessionCancelled.TYPE, SessionCancelled.TOPIC, SessionCancelled.class, "sessionId",
            Microservice.BOOKING, List.of(
                    new Subscriber(Microservice.NOTIFICATION, "sends the cancellation notice and drops the session's reminders"),
                    new Subscriber(Microservice.RECORDS, "closes the session's due note")),
            "A session was cancelled by the client or the clinic; a cancellation inside the notice window is late.");

    /** Session completed: {@code remedy.booking.session.completed.v1}. */
    public static final EventType<SessionCompleted> SESSION_COMPLETED = new EventType<>(
            SessionCompleted.TYPE, SessionCompleted.TOPIC, SessionCompleted.class, "sessionId",
            Microservice.BOOKING, List.of(
                    new Subscriber(Microservice.RECORDS, "makes the session note due for the treating therapist to write and sign"),
                    new Subscriber(Microservice.NOTIFICATION, "sends the post-session care message to the client")),
            "A session took place and was marked completed.");

    /** Session no-show: {@code remedy.booking.session.no-show.v1}. */
    public static final EventType<SessionNoShow> SESSION_NO_SHOW = new EventType<>(
            SessionNoShow.TYPE, SessionNoShow.TOPIC, SessionNoShow.class, "sessionId",
            Microservice.BOOKING, List.of(
                    new Subscriber(Microservice.RECORDS, "closes the session's due note (no treatment took place)"),
                    new Subscriber(Microservice.NOTIFICATION, "sends the client a missed-session message inviting them to rebook")),
            "The client did not attend a booked session, and staff marked it as a no-show.");

    /** Waitlist slot offered: {@code remedy.booking.waitlist.offered.v1}. */
    public static final EventType<WaitlistOffered> WAITLIST_OFFERED = new EventType<>(
            WaitlistOffered.TYPE, WaitlistOffered.TOPIC, WaitlistOffered.class, "waitlistEntryId",
            Microservice.BOOKING, List.of(
                    new Subscriber(Microservice.NOTIFICATION, "sends the offer to the client (in-app, and e-mail or SMS by preference)")),
            "A freed slot was offered to a waiting client, who may accept it until the offer expires.");

    /** Waitlist offer expired: {@code remedy.booking.waitlist.offer-expired.v1}. */
    public static final EventType<WaitlistOfferExpired> WAITLIST_OFFER_EXPIRED = new EventType<>(
            WaitlistOfferExpired.TYPE, WaitlistOfferExpired.TOPIC, WaitlistOfferExpired.class, "waitlistEntryId",
            Microservice.BOOKING, List.of(
                    new Subscriber(Microservice.NOTIFICATION, "withdraws the offer from the client's in-app inbox and cancels pending sends")),
            "A waitlist offer can no longer be accepted: it timed out, the slot was taken, or it was withdrawn.");

    /** Treatment plan updated: {@code remedy.records.plan.updated.v1}. */
    public static final EventType<PlanUpdated> PLAN_UPDATED = new EventType<>(
            PlanUpdated.TYPE, PlanUpdated.TOPIC, PlanUpdated.class, "planId",
            Microservice.RECORDS, List.of(
                    new Subscriber(Microservice.BOOKING, "proposes, or adjusts, the series of sessions from the plan's frequency phases"),
                    new Subscriber(Microservice.NOTIFICATION, "sends the client the plan summary and the homework")),
            "A treatment plan got a new version (created, reviewed or closed); carries the whole plan, not a diff.");

    /** Treatment plan series set: {@code remedy.records.plan.series-set.v1}. */
    public static final EventType<PlanSeriesSet> PLAN_SERIES_SET = new EventType<>(
            PlanSeriesSet.TYPE, PlanSeriesSet.TOPIC, PlanSeriesSet.class, "planId",
            Microservice.RECORDS, List.of(
                    new Subscriber(Microservice.BILLING, "keeps the plan's series (client, location, service, number of sessions) so that the front desk can sell it as a package")),
            "The series of sessions a treatment plan prescribes, as of one version of the plan; no clinical content.");

    /** Assessment recorded: {@code remedy.records.assessment.recorded.v1}. */
    public static final EventType<AssessmentRecorded> ASSESSMENT_RECORDED = new EventType<>(
            AssessmentRecorded.TYPE, AssessmentRecorded.TOPIC, AssessmentRecorded.class, "assessmentId",
            Microservice.RECORDS, List.of(),
            "An outcome assessment (NRS, and ODI when taken) was recorded for a client; figures only, no notes.");

    /** Red flag raised: {@code remedy.records.red-flag.raised.v1}. */
    public static final EventType<RedFlagRaised> RED_FLAG_RAISED = new EventType<>(
            RedFlagRaised.TYPE, RedFlagRaised.TOPIC, RedFlagRaised.class, "redFlagId",
            Microservice.RECORDS, List.of(
                    new Subscriber(Microservice.BOOKING, "holds the client's future sessions until the flag is cleared"),
                    new Subscriber(Microservice.NOTIFICATION, "alerts the treating therapist and the location's branch managers at once")),
            "A red-flag screen found signs that need a doctor before (further) deep work; codes only, never clinical notes.");

    /** Red flag cleared: {@code remedy.records.red-flag.cleared.v1}. */
    public static final EventType<RedFlagCleared> RED_FLAG_CLEARED = new EventType<>(
            RedFlagCleared.TYPE, RedFlagCleared.TOPIC, RedFlagCleared.class, "redFlagId",
            Microservice.RECORDS, List.of(
                    new Subscriber(Microservice.BOOKING, "releases the held sessions once no other flag of the client is open"),
                    new Subscriber(Microservice.NOTIFICATION, "tells the treating therapist and branch managers that the hold is lifted")),
            "A red flag was cleared; sessions held for it may go ahead once no other flag of the client is open.");

    /** Session note overdue: {@code remedy.records.note.overdue.v1}. */
    public static final EventType<NoteOverdue> NOTE_OVERDUE = new EventType<>(
            NoteOverdue.TYPE, NoteOverdue.TOPIC, NoteOverdue.class, "noteId",
            Microservice.RECORDS, List.of(
                    new Subscriber(Microservice.NOTIFICATION, "reminds the therapist, and the location's branch managers, to write and sign the note")),
            "The note of a completed session is still unsigned after its due time.");

    /** Notification delivered: {@code remedy.notification.notification.delivered.v1}. */
    public static final EventType<NotificationDelivered> NOTIFICATION_DELIVERED = new EventType<>(
            NotificationDelivered.TYPE, NotificationDelivered.TOPIC, NotificationDelivered.class, "notificationId",
            Microservice.NOTIFICATION, List.of(),
            "A message was handed over to its channel (SMTP server, SMS provider, or live/in-app inbox).");

    /** Notification failed: {@code remedy.notification.notification.failed.v1}. */
    public static final EventType<NotificationFailed> NOTIFICATION_FAILED = new EventType<>(
            NotificationFailed.TYPE, NotificationFailed.TOPIC, NotificationFailed.class, "notificationId",
            Microservice.NOTIFICATION, List.of(),
            "A message could not be delivered after its retries and was parked for an operator to see and replay.");

    /** Invoice issued: {@code remedy.billing.invoice.issued.v1}. */
    public static final EventType<InvoiceIssued> INVOICE_ISSUED = new EventType<>(
            InvoiceIssued.TYPE, InvoiceIssued.TOPIC, InvoiceIssued.class, "invoiceId",
            Microservice.BILLING, List.of(),
            "An invoice was issued for a completed session; ids and amounts only, no personal data.");

    /** Payment received: {@code remedy.billing.payment.received.v1}. */
    public static final EventType<PaymentReceived> PAYMENT_RECEIVED = new EventType<>(
            PaymentReceived.TYPE, PaymentReceived.TOPIC, PaymentReceived.class, "invoiceId",
            Microservice.BILLING, List.of(
                    new Subscriber(Microservice.NOTIFICATION, "e-mails the client the receipt (PDF attached) once the payment makes the invoice PAID")),
            "A payment towards an invoice was received; ids and amounts only, never card data.");

    /** Payment refunded: {@code remedy.billing.payment.refunded.v1}. */
    public static final EventType<PaymentRefunded> PAYMENT_REFUNDED = new EventType<>(
            PaymentRefunded.TYPE, PaymentRefunded.TOPIC, PaymentRefunded.class, "invoiceId",
            Microservice.BILLING, List.of(),
            "Part or all of a payment was refunded; ids and amounts only, never card data.");

    /** Package sold: {@code remedy.billing.package.sold.v1}. */
    public static final EventType<PackageSold> PACKAGE_SOLD = new EventType<>(
            PackageSold.TYPE, PackageSold.TOPIC, PackageSold.class, "invoiceId",
            Microservice.BILLING, List.of(),
            "A package of sessions was sold to a client, with an invoice of its own; ids, counts and amounts only.");

    private static final List<EventType<?>> ALL = List.of(
            CLIENT_REGISTERED,
            CLIENT_UPDATED,
            CLIENT_ERASED,
            SESSION_BOOKED,
            SESSION_RESCHEDULED,
            SESSION_CANCELLED,
            SESSION_COMPLETED,
            SESSION_NO_SHOW,
            WAITLIST_OFFERED,
            WAITLIST_OFFER_EXPIRED,
            PLAN_UPDATED,
            PLAN_SERIES_SET,
            ASSESSMENT_RECORDED,
            RED_FLAG_RAISED,
            RED_FLAG_CLEARED,
            NOTE_OVERDUE,
            NOTIFICATION_DELIVERED,
            NOTIFICATION_FAILED,
            INVOICE_ISSUED,
            PAYMENT_RECEIVED,
            PAYMENT_REFUNDED,
            PACKAGE_SOLD);

    private static final Map<String, EventType<?>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));

    private EventCatalogue() {
    }

    /** Every event, in catalogue order (by producer, then aggregate). */
    public static List<EventType<?>> all() {
        return ALL;
    }

    /** The event with the given CloudEvents {@code type}, if the catalogue has it. */
    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The event whose data is the given record; fails for a class that is not in the catalogue. */
    @SuppressWarnings("unchecked")
    public static <T extends IntegrationEvent> EventType<T> of(Class<T> dataClass) {
        EventType<?> type = BY_CLASS.get(dataClass);
        if (type == null) {
            throw new IllegalArgumentException("not an event of the catalogue: " + dataClass.getName());
        }
        return (EventType<T>) type;
    }

    /** The events published on a topic. */
    public static List<EventType<?>> onTopic(String topic) {
        return ALL.stream().filter(t -> t.topic().equals(topic)).toList();
    }

    /** The events a service publishes. */
    public static List<EventType<?>> producedBy(Microservice service) {
        return ALL.stream().filter(t -> t.producer() == service).toList();
    }

    /** The events a service consumes. */
    public static List<EventType<?>> consumedBy(Microservice service) {
        return ALL.stream().filter(t -> t.isConsumedBy(service)).toList();
    }

    /** The topics a service must subscribe to, to receive the events it consumes. */
    public static List<String> topicsConsumedBy(Microservice service) {
        return consumedBy(service).stream().map(EventType::topic).distinct().toList();
    }
}
