package io.remedy.booking.waitlist;

import io.quarkus.logging.Log;
import io.remedy.booking.availability.SlotRules;
import io.remedy.booking.catalogue.BookableService;
import io.remedy.booking.catalogue.BookableServiceRepository;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.session.SessionRepository;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.contracts.booking.WaitlistOfferExpired;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Offering freed slots: when a session is cancelled, the freed slot is offered to the first waiting client it suits
 * (first come, first offered) and held for them for {@code remedy.waitlist.hold}; an offer declined, withdrawn or let
 * lapse goes to the next. Each step runs in its caller's transaction, with its event.
 */
@ApplicationScoped
public class FreedSlotOffers {

    private final WaitlistEntryRepository entries;
    private final WaitlistOfferRepository offers;
    private final LocationRepository locations;
    private final ClientRepository clients;
    private final BookableServiceRepository services;
    private final TherapistRepository therapists;
    private final SessionRepository occupancy;
    private final SlotRules slotRules;
    private final WaitlistEvents events;
    private final WaitlistConfig config;

    public FreedSlotOffers(WaitlistEntryRepository entries, WaitlistOfferRepository offers,
                           LocationRepository locations, ClientRepository clients,
                           BookableServiceRepository services, TherapistRepository therapists,
                           SessionRepository occupancy, SlotRules slotRules, WaitlistEvents events,
                           WaitlistConfig config) {
        this.entries = entries;
        this.offers = offers;
        this.locations = locations;
        this.clients = clients;
        this.services = services;
        this.therapists = therapists;
        this.occupancy = occupancy;
        this.slotRules = slotRules;
        this.events = events;
        this.config = config;
    }

    /**
     * Offers a freed slot to the first waiting client it suits, inside the caller's transaction (the cancellation's,
     * or the lapse's): the offer's hold takes the slot at once. Does nothing when nobody waits for it.
     */
    public Uni<Void> offerFreedSlot(FreedSlot slot) {
        Instant now = Instant.now();
        if (!WaitlistRules.worthOffering(now, config.minimumLead(), slot.startsAt())) {
            return Uni.createFrom().voidItem();
        }
        return locations.findInTenant(slot.tenant(), slot.locationId()).flatMap(location -> {
            if (location == null) {
                return Uni.createFrom().voidItem();
            }
            LocalDate day = slot.startsAt().atZone(location.zone()).toLocalDate();
            long freedMinutes = Duration.between(slot.startsAt(), slot.freedUntil()).toMinutes();
            return entries.candidatesFor(slot, day, freedMinutes, config.candidates())
                    .flatMap(candidates -> firstSuited(candidates.iterator(), slot, location, now));
        });
    }

    /** Tries the candidates in queue order; the first whose service the slot's rules allow gets the offer. */
    private Uni<Void> firstSuited(Iterator<WaitlistEntry> candidates, FreedSlot slot, Location location, Instant now) {
        if (!candidates.hasNext()) {
            return Uni.createFrom().voidItem();
        }
        WaitlistEntry entry = candidates.next();
        return services.findInTenant(slot.tenant(), entry.serviceId).flatMap(service -> {
            Instant endsAt = slot.startsAt().plus(service.duration());
            Instant blockedUntil = endsAt.plus(service.buffer());
            return slotRules.requireBookable(slot.tenant(), slot.locationId(), slot.therapistId(), service.id,
                            slot.startsAt(), blockedUntil)
                    .replaceWith(true)
                    .onFailure(ProblemException.class).recoverWithItem(false)
                    .flatMap(suited -> suited ? offerIfFree(entry, slot, location, service, endsAt, blockedUntil, now)
                            : firstSuited(candidates, slot, location, now));
        });
    }

    /**
     * Holds the slot for the entry, unless something took part of it meanwhile (then nobody is offered it): checked
     * first, so that the hold's insert does not meet the exclusion constraints in the cancellation's transaction.
     */
    private Uni<Void> offerIfFree(WaitlistEntry entry, FreedSlot slot, Location location, BookableService service,
                                  Instant endsAt, Instant blockedUntil, Instant now) {
        return occupancy.therapistBusy(slot.tenant(), slot.therapistId(), slot.startsAt(), blockedUntil, null)
                .flatMap(therapistBusy -> therapistBusy ? Uni.createFrom().item(true)
                        : occupancy.roomBusy(slot.tenant(), slot.roomId(), slot.startsAt(), blockedUntil, null))
                .flatMap(busy -> busy ? Uni.createFrom().voidItem()
                        : offer(entry, slot, location, service, endsAt, blockedUntil, now));
    }

    private Uni<Void> offer(WaitlistEntry entry, FreedSlot slot, Location location, BookableService service,
                            Instant endsAt, Instant blockedUntil, Instant now) {
        WaitlistOffer offer = new WaitlistOffer();
        offer.id = UUID.randomUUID();
        offer.tenant = slot.tenant();
        offer.entryId = entry.id;
        offer.locationId = slot.locationId();
        offer.serviceId = service.id;
        offer.therapistId = slot.therapistId();
        offer.roomId = slot.roomId();
        offer.startsAt = slot.startsAt();
        offer.endsAt = endsAt;
        offer.blockedUntil = blockedUntil;
        offer.freedUntil = slot.freedUntil();
        offer.freedBySessionId = slot.sessionId();
        offer.status = WaitlistOffer.Status.OFFERED;
        offer.offeredAt = now;
        offer.expiresAt = WaitlistRules.expiresAt(now, config.hold(), slot.startsAt());
        entry.status = WaitlistEntry.Status.OFFERED;
        return offers.persistAndFlush(offer)
                .chain(() -> clients.findInTenant(slot.tenant(), entry.clientId))
                .chain(client -> therapists.findInTenant(slot.tenant(), slot.therapistId())
                        .chain(therapist -> events.offered(offer, client, location, service, therapist)))
                .invoke(() -> Log.infof("Waitlist entry %s offered a freed slot until %s", entry.id, offer.expiresAt));
    }

    /**
     * Lets lapsed offers go (any chain): each is marked expired, its client keeps waiting, {@code offer-expired} is
     * published and the slot is offered to the next waiting client. Runs in the caller's transaction.
     *
     * @return how many offers lapsed
     */
    public Uni<Integer> expireLapsed(Instant now, int limit) {
        return offers.lockLapsed(now, limit).flatMap(lapsed -> Multi.createFrom().iterable(lapsed)
                .onItem().transformToUniAndConcatenate(offer -> entries.findById(offer.entryId).flatMap(entry -> {
                    if (entry.status == WaitlistEntry.Status.OFFERED) {
                        entry.status = WaitlistEntry.Status.WAITING;
                    }
                    return end(offer, entry, WaitlistOfferExpired.Reason.TIMED_OUT, WaitlistOffer.Status.EXPIRED, now);
                }))
                .collect().asList()
                .map(List::size));
    }

    /** Ends an open offer without a booking, publishes why, and offers its slot on. */
    Uni<Void> end(WaitlistOffer offer, WaitlistEntry entry, WaitlistOfferExpired.Reason reason,
                  WaitlistOffer.Status status, Instant now) {
        offer.status = status;
        offer.closedAt = now;
        return offers.flush()
                .chain(() -> clients.findInTenant(offer.tenant, entry.clientId))
                .chain(client -> events.ended(offer, client, reason, now))
                .chain(() -> offerFreedSlot(offer.slot()));
    }
}
