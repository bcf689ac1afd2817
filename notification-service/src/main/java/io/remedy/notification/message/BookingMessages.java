package io.remedy.notification.message;

import io.remedy.contracts.booking.SessionBooked;
import io.remedy.notification.contact.ContactRepository;
import io.remedy.notification.delivery.Channel;
import io.remedy.notification.delivery.Delivery;
import io.remedy.notification.delivery.DeliveryRepository;
import io.remedy.notification.delivery.DeliverySender;
import io.remedy.notification.delivery.DeliveryStatus;
import io.remedy.platform.event.CloudEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Messages about a client's sessions. Each is written to the delivery log once (per event, kind, channel and
 * recipient) inside the inbox's transaction; the delivery sender sends it after the commit.
 */
@ApplicationScoped
public class BookingMessages {

    static final String CONFIRMATION = "BOOKING_CONFIRMATION";

    private final ContactRepository contacts;
    private final DeliveryRepository deliveries;
    private final DeliverySender sender;

    public BookingMessages(ContactRepository contacts, DeliveryRepository deliveries, DeliverySender sender) {
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.sender = sender;
    }

    /**
     * The booking confirmation by email. Client and session events travel on different topics, so the client's
     * contact may not be known yet: then this fails and the inbox tries again shortly.
     */
    public Uni<Void> confirm(CloudEvent envelope, SessionBooked booked) {
        return contacts.findInTenant(envelope.tenant(), booked.clientId())
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Contact of client " + booked.clientId() + " not known yet"))
                .flatMap(contact -> {
                    if (contact.erased || contact.email == null) {
                        return Uni.createFrom().voidItem();
                    }
                    return deliveries.findOnce(envelope.id(), CONFIRMATION, Channel.EMAIL, booked.clientId())
                            .flatMap(existing -> {
                                if (existing != null) {
                                    return Uni.createFrom().voidItem();
                                }
                                Locale locale = Locale.forLanguageTag(contact.preferredLanguage);
                                String when = SessionMoment.of(booked.startsAt(), booked.timeZone()).describe(locale);
                                Delivery delivery = new Delivery();
                                delivery.id = UUID.randomUUID();
                                delivery.tenant = envelope.tenant();
                                delivery.sourceEventId = envelope.id();
                                delivery.kind = CONFIRMATION;
                                delivery.channel = Channel.EMAIL;
                                delivery.clientId = booked.clientId();
                                delivery.locationId = booked.locationId();
                                delivery.address = contact.email;
                                delivery.subject = "Your session at " + booked.locationName() + " is booked";
                                delivery.bodyHtml = BookingConfirmation.html(contact.givenName, booked.serviceName(),
                                        booked.therapistName(), booked.locationName(), when).render();
                                delivery.bodyText = BookingConfirmation.text(contact.givenName, booked.serviceName(),
                                        booked.therapistName(), booked.locationName(), when).render();
                                delivery.status = DeliveryStatus.PENDING;
                                delivery.eventTime = envelope.time();
                                delivery.createdAt = Instant.now();
                                return deliveries.persist(delivery).invoke(sender::nudge).replaceWithVoid();
                            });
                });
    }
}
