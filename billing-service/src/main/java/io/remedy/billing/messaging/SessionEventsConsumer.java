package io.remedy.billing.messaging;

import io.remedy.billing.invoice.InvoiceIssuer;
import io.remedy.billing.packages.PackageConsumption;
import io.remedy.billing.session.LocationBook;
import io.remedy.billing.session.SessionBook;
import io.remedy.billing.session.SessionBook.Facts;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Booking's session events: each keeps billing's copy of the session and of its location; a completion uses a session
 * of a package the client holds for the service or else issues the session's invoice, a late cancellation or a no-show
 * the invoice of its fee when the location's policy sets one, all in the inbox's one transaction, so a redelivered
 * event changes nothing.
 */
@ApplicationScoped
public class SessionEventsConsumer {

    static final String CONSUMER = "billing.sessions";

    private final Inbox inbox;
    private final EventData data;
    private final SessionBook sessions;
    private final LocationBook locations;
    private final InvoiceIssuer invoices;
    private final PackageConsumption packages;

    public SessionEventsConsumer(Inbox inbox, EventData data, SessionBook sessions, LocationBook locations,
                                 InvoiceIssuer invoices, PackageConsumption packages) {
        this.inbox = inbox;
        this.data = data;
        this.sessions = sessions;
        this.locations = locations;
        this.invoices = invoices;
        this.packages = packages;
    }

    @Incoming("sessions")
    public Uni<Void> onSessionEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        String type = envelope.type();
        String tenant = envelope.tenant(); // the inbox dead-letters an event that names none
        if (EventCatalogue.SESSION_BOOKED.type().equals(type)) {
            Facts booked = Facts.of(data.read(envelope, SessionBooked.class));
            return sessions.record(tenant, booked, "BOOKED").chain(() -> locations.keep(tenant, booked, null, null));
        }
        if (EventCatalogue.SESSION_RESCHEDULED.type().equals(type)) {
            return sessions.moved(tenant, data.read(envelope, SessionRescheduled.class));
        }
        if (EventCatalogue.SESSION_CANCELLED.type().equals(type)) {
            SessionCancelled cancelled = data.read(envelope, SessionCancelled.class);
            return sessions.record(tenant, Facts.of(cancelled), "CANCELLED")
                    .chain(() -> locations.keep(tenant, Facts.of(cancelled), cancelled.currency(),
                            cancelled.taxRateBasisPoints()))
                    .chain(() -> invoices.cancelled(tenant, cancelled));
        }
        if (EventCatalogue.SESSION_NO_SHOW.type().equals(type)) {
            SessionNoShow missed = data.read(envelope, SessionNoShow.class);
            return sessions.record(tenant, Facts.of(missed), "NO_SHOW")
                    .chain(() -> locations.keep(tenant, Facts.of(missed), missed.currency(),
                            missed.taxRateBasisPoints()))
                    .chain(() -> invoices.noShow(tenant, missed));
        }
        if (EventCatalogue.SESSION_COMPLETED.type().equals(type)) {
            SessionCompleted completed = data.read(envelope, SessionCompleted.class);
            return sessions.record(tenant, Facts.of(completed), "COMPLETED")
                    .chain(() -> locations.keep(tenant, Facts.of(completed), completed.currency(),
                            completed.taxRateBasisPoints()))
                    .chain(() -> packages.cover(tenant, completed))
                    .chain(covered -> covered ? Uni.createFrom().voidItem() : invoices.completed(tenant, completed));
        }
        return Uni.createFrom().voidItem();
    }
}
