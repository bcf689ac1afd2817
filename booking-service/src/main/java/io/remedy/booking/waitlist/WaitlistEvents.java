package io.remedy.booking.waitlist;

import io.remedy.booking.catalogue.BookableService;
import io.remedy.booking.client.Client;
import io.remedy.booking.location.Location;
import io.remedy.booking.therapist.Therapist;
import io.remedy.contracts.booking.WaitlistOfferExpired;
import io.remedy.contracts.booking.WaitlistOffered;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The waitlist's events, written to the outbox in the transaction of the offer's change. */
@ApplicationScoped
public class WaitlistEvents {

    private final Outbox outbox;

    public WaitlistEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<Void> offered(WaitlistOffer offer, Client client, Location location, BookableService service,
                      Therapist therapist) {
        return outbox.append(OutgoingEvent.of(new WaitlistOffered(offer.entryId, offer.id, client.id, client.userId,
                location.id, location.code, location.name, location.timeZone, service.id, service.name,
                service.durationMinutes, therapist.id, therapist.displayName, offer.startsAt, offer.endsAt,
                offer.freedBySessionId, offer.offeredAt, offer.expiresAt), offer.tenant));
    }

    Uni<Void> ended(WaitlistOffer offer, Client client, WaitlistOfferExpired.Reason reason, Instant at) {
        return outbox.append(OutgoingEvent.of(new WaitlistOfferExpired(offer.entryId, offer.id, client.id,
                client.userId, offer.locationId, reason, at), offer.tenant));
    }
}
