package io.remedy.booking.waitlist;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.catalogue.BookableServiceRepository;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.session.SessionBooking;
import io.remedy.booking.session.SessionBooking.Booking;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * A client's answer to an offer of a freed slot: accepting books the held slot; declining keeps them waiting and
 * offers the slot to the next. Each runs in one transaction with its event.
 */
@ApplicationScoped
public class OfferAnswers {

    private final WaitlistOfferRepository offers;
    private final LocationRepository locations;
    private final ClientRepository clients;
    private final BookableServiceRepository services;
    private final TherapistRepository therapists;
    private final WaitlistAccess access;
    private final SessionBooking sessions;
    private final FreedSlotOffers freedSlots;

    public OfferAnswers(WaitlistOfferRepository offers, LocationRepository locations, ClientRepository clients,
                        BookableServiceRepository services, TherapistRepository therapists, WaitlistAccess access,
                        SessionBooking sessions, FreedSlotOffers freedSlots) {
        this.offers = offers;
        this.locations = locations;
        this.clients = clients;
        this.services = services;
        this.therapists = therapists;
        this.access = access;
        this.sessions = sessions;
        this.freedSlots = freedSlots;
    }

    /** Accepts an offer: books the held slot for the client (201 with the session). */
    @WithTransaction
    public Uni<SessionResponse> accept(Caller caller, UUID entryId, UUID offerId) {
        return access.visible(caller, entryId).flatMap(found -> {
            found.requireMayAct();
            WaitlistEntry entry = found.entry();
            return openOffer(caller.tenant(), entryId, offerId).flatMap(offer -> {
                Instant now = Instant.now();
                offer.status = WaitlistOffer.Status.ACCEPTED;
                offer.closedAt = now;
                // flushed first: the hold must be gone before the session takes its place
                return offers.flush()
                        .chain(() -> booking(caller.tenant(), entry, offer))
                        .flatMap(booking -> sessions.place(caller, booking, offer.roomId, null))
                        .invoke(session -> {
                            offer.sessionId = session.id();
                            entry.status = WaitlistEntry.Status.BOOKED;
                            entry.closedAt = now;
                        });
            });
        });
    }

    /** Declines an offer: the client keeps waiting, and the slot goes to the next waiting client. */
    @WithTransaction
    public Uni<Void> decline(Caller caller, UUID entryId, UUID offerId) {
        return access.visible(caller, entryId).flatMap(found -> {
            found.requireMayAct();
            WaitlistEntry entry = found.entry();
            return openOffer(caller.tenant(), entryId, offerId).flatMap(offer -> {
                Instant now = Instant.now();
                offer.status = WaitlistOffer.Status.DECLINED;
                offer.closedAt = now;
                entry.status = WaitlistEntry.Status.WAITING;
                return offers.flush().chain(() -> freedSlots.offerFreedSlot(offer.slot()));
            });
        });
    }

    private Uni<WaitlistOffer> openOffer(String tenant, UUID entryId, UUID offerId) {
        return offers.lockOfEntry(tenant, entryId, offerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Offer", offerId))
                .invoke(offer -> {
                    if (offer.status != WaitlistOffer.Status.OFFERED) {
                        throw ProblemException.conflict("The offer is no longer open",
                                new FieldError("offerId", "is " + offer.status));
                    }
                    if (!offer.expiresAt.isAfter(Instant.now())) {
                        throw ProblemException.conflict("The offer has expired",
                                new FieldError("offerId", "expired at " + offer.expiresAt));
                    }
                });
    }

    private Uni<Booking> booking(String tenant, WaitlistEntry entry, WaitlistOffer offer) {
        return locations.findInTenant(tenant, offer.locationId).flatMap(location -> clients
                .findInTenant(tenant, entry.clientId).flatMap(client -> services
                        .findInTenant(tenant, offer.serviceId).flatMap(service -> therapists
                                .findInTenant(tenant, offer.therapistId)
                                .map(therapist -> new Booking(location, client, service, therapist,
                                        offer.startsAt)))));
    }
}
