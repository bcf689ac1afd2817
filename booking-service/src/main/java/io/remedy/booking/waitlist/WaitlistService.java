package io.remedy.booking.waitlist;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.remedy.booking.availability.SlotRules;
import io.remedy.booking.catalogue.BookableService;
import io.remedy.booking.catalogue.BookableServiceRepository;
import io.remedy.booking.client.Client;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.session.SessionAccess;
import io.remedy.booking.session.SessionRepository;
import io.remedy.booking.session.SessionBooking;
import io.remedy.booking.session.SessionBooking.Booking;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.booking.waitlist.WaitlistEntryRepository.EntryFilter;
import io.remedy.booking.waitlist.WaitlistView.EntryResponse;
import io.remedy.booking.waitlist.WaitlistView.NewEntry;
import io.remedy.contracts.booking.WaitlistOfferExpired;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The waitlist: clients wait for a slot; when a session is cancelled, the freed slot is offered to the first waiting
 * client it suits (first come, first offered) and held for them for {@code remedy.waitlist.hold}; accepting books
 * it, declining or letting it lapse offers it to the next. Every step runs in one transaction with its event.
 */
@ApplicationScoped
public class WaitlistService {

    static final int MAX_LIST = 500;

    private final WaitlistEntryRepository entries;
    private final WaitlistOfferRepository offers;
    private final LocationRepository locations;
    private final ClientRepository clients;
    private final BookableServiceRepository services;
    private final TherapistRepository therapists;
    private final SessionAccess access;
    private final SessionBooking sessions;
    private final SessionRepository occupancy;
    private final SlotRules slotRules;
    private final WaitlistEvents events;
    private final WaitlistConfig config;

    public WaitlistService(WaitlistEntryRepository entries, WaitlistOfferRepository offers,
                           LocationRepository locations, ClientRepository clients,
                           BookableServiceRepository services, TherapistRepository therapists, SessionAccess access,
                           SessionBooking sessions, SessionRepository occupancy, SlotRules slotRules,
                           WaitlistEvents events, WaitlistConfig config) {
        this.entries = entries;
        this.offers = offers;
        this.locations = locations;
        this.clients = clients;
        this.services = services;
        this.therapists = therapists;
        this.access = access;
        this.sessions = sessions;
        this.occupancy = occupancy;
        this.slotRules = slotRules;
        this.events = events;
        this.config = config;
    }

    /** Puts a client on the waitlist: the client themself, or the front desk of the location. */
    @WithTransaction
    public Uni<EntryResponse> join(Caller caller, NewEntry request) {
        String tenant = caller.tenant();
        return locations.findInTenant(tenant, request.locationId())
                .onItem().ifNull().failWith(() -> unknown("locationId", "location"))
                .flatMap(location -> clients.findInTenant(tenant, request.clientId())
                        .onItem().ifNull().failWith(() -> unknown("clientId", "client"))
                        .flatMap(client -> {
                            authoriseFor(caller, location, client);
                            WaitlistRules.requireWindow(request.from(), request.to(),
                                    LocalDate.now(location.zone()));
                            return services.findInTenant(tenant, request.serviceId())
                                    .onItem().ifNull().failWith(() -> unknown("serviceId", "service"))
                                    .chain(() -> request.therapistId() == null ? Uni.createFrom().voidItem()
                                            : therapists.findInTenant(tenant, request.therapistId())
                                                    .onItem().ifNull().failWith(() -> unknown("therapistId", "therapist"))
                                                    .replaceWithVoid())
                                    .chain(() -> {
                                        WaitlistEntry entry = new WaitlistEntry();
                                        entry.id = UUID.randomUUID();
                                        entry.tenant = tenant;
                                        entry.clientId = client.id;
                                        entry.locationId = location.id;
                                        entry.serviceId = request.serviceId();
                                        entry.therapistId = request.therapistId();
                                        entry.fromDate = request.from();
                                        entry.toDate = request.to();
                                        entry.status = WaitlistEntry.Status.WAITING;
                                        entry.createdBy = caller.userId();
                                        entry.createdAt = Instant.now();
                                        return entries.persistAndFlush(entry);
                                    })
                                    .map(entry -> EntryResponse.of(entry, null));
                        }));
    }

    /** A client sees their own entries; staff those at their locations. */
    @WithSession
    public Uni<Page<EntryResponse>> list(Caller caller, UUID locationId, UUID clientId, WaitlistEntry.Status status,
                               String cursor, int limit) {
        Long after = Cursor.position(cursor);
        int size = Math.min(Math.max(limit, 1), MAX_LIST);
        Uni<EntryFilter> filter;
        if (caller.hasRole(Caller.CLIENT)) {
            filter = access.clientOf(caller)
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("No client record is linked to your account"))
                    .map(me -> new EntryFilter(null, locationId, me.id, status));
        } else {
            caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
            filter = caller.actsAtAllLocations() ? Uni.createFrom().item(new EntryFilter(null, locationId, clientId, status))
                    : access.locationsOf(caller).map(ids -> new EntryFilter(ids, locationId, clientId, status));
        }
        return filter.flatMap(f -> entries.page(caller.tenant(), f, after, size + 1)).flatMap(all -> {
            List<WaitlistEntry> page = all.size() > size ? all.subList(0, size) : all;
            String next = all.size() > size ? Cursor.after(page.get(size - 1).queuePosition) : null;
            return withOffers(caller.tenant(), page).map(items -> new Page<>(items, next));
        });
    }

    /** One entry the caller may see. */
    @WithSession
    public Uni<EntryResponse> get(Caller caller, UUID id) {
        return visible(caller, id).flatMap(found -> withOffers(caller.tenant(), List.of(found.entry())))
                .map(items -> items.get(0));
    }

    /** Takes an entry off the waitlist; an offer it holds is withdrawn and goes to the next waiting client. */
    @WithTransaction
    public Uni<Void> withdraw(Caller caller, UUID id, String ifMatch) {
        return visible(caller, id).flatMap(found -> {
            WaitlistEntry entry = found.entry();
            found.requireMayAct();
            if (ifMatch != null) {
                IfMatch.require(ifMatch, entry.version);
            }
            if (entry.status == WaitlistEntry.Status.BOOKED || entry.status == WaitlistEntry.Status.WITHDRAWN) {
                throw ProblemException.conflict("The entry is already " + entry.status,
                        new FieldError("status", "is " + entry.status));
            }
            Instant now = Instant.now();
            entry.status = WaitlistEntry.Status.WITHDRAWN;
            entry.closedAt = now;
            return offers.lockOpenOf(caller.tenant(), entry.id).flatMap(open -> open == null
                    ? entries.flush().replaceWithVoid()
                    : end(open, entry, WaitlistOfferExpired.Reason.WITHDRAWN, WaitlistOffer.Status.WITHDRAWN, now));
        });
    }

    /**
     * Takes an erased client off every waitlist, inside the erasure's transaction: their waiting entries are
     * withdrawn, and an offer one of them holds is withdrawn too and goes to the next waiting client (so a slot the
     * erasure frees is never offered to the client being forgotten).
     *
     * @return how many entries were withdrawn
     */
    public Uni<Integer> withdrawAllOf(String tenant, UUID clientId, Instant now) {
        return entries.list("tenant = ?1 and clientId = ?2 and status in ?3 order by queuePosition", tenant, clientId,
                        List.of(WaitlistEntry.Status.WAITING, WaitlistEntry.Status.OFFERED))
                .flatMap(open -> Multi.createFrom().iterable(open)
                        .onItem().transformToUniAndConcatenate(entry -> {
                            entry.status = WaitlistEntry.Status.WITHDRAWN;
                            entry.closedAt = now;
                            return offers.lockOpenOf(tenant, entry.id).flatMap(offer -> offer == null
                                    ? entries.flush().replaceWithVoid()
                                    : end(offer, entry, WaitlistOfferExpired.Reason.WITHDRAWN,
                                            WaitlistOffer.Status.WITHDRAWN, now));
                        })
                        .collect().asList()
                        .map(List::size));
    }

    /** Accepts an offer: books the held slot for the client (201 with the session). */
    @WithTransaction
    public Uni<SessionResponse> accept(Caller caller, UUID entryId, UUID offerId) {
        return visible(caller, entryId).flatMap(found -> {
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
        return visible(caller, entryId).flatMap(found -> {
            found.requireMayAct();
            WaitlistEntry entry = found.entry();
            return openOffer(caller.tenant(), entryId, offerId).flatMap(offer -> {
                Instant now = Instant.now();
                offer.status = WaitlistOffer.Status.DECLINED;
                offer.closedAt = now;
                entry.status = WaitlistEntry.Status.WAITING;
                return offers.flush().chain(() -> offerFreedSlot(offer.slot()));
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
    private Uni<Void> end(WaitlistOffer offer, WaitlistEntry entry, WaitlistOfferExpired.Reason reason,
                          WaitlistOffer.Status status, Instant now) {
        offer.status = status;
        offer.closedAt = now;
        return offers.flush()
                .chain(() -> clients.findInTenant(offer.tenant, entry.clientId))
                .chain(client -> events.ended(offer, client, reason, now))
                .chain(() -> offerFreedSlot(offer.slot()));
    }

    private Uni<Booking> booking(String tenant, WaitlistEntry entry, WaitlistOffer offer) {
        return locations.findInTenant(tenant, offer.locationId).flatMap(location -> clients
                .findInTenant(tenant, entry.clientId).flatMap(client -> services
                        .findInTenant(tenant, offer.serviceId).flatMap(service -> therapists
                                .findInTenant(tenant, offer.therapistId)
                                .map(therapist -> new Booking(location, client, service, therapist,
                                        offer.startsAt)))));
    }

    private Uni<List<EntryResponse>> withOffers(String tenant, List<WaitlistEntry> page) {
        return offers.openOf(tenant, page.stream().map(e -> e.id).toList()).map(open -> {
            Map<UUID, WaitlistOffer> byEntry = open.stream()
                    .collect(Collectors.toMap(o -> o.entryId, Function.identity()));
            return page.stream().map(e -> EntryResponse.of(e, byEntry.get(e.id))).toList();
        });
    }

    /** An entry and the caller's relation to it. */
    private record Visible(WaitlistEntry entry, boolean frontDesk, boolean ownClient) {

        /** The client themself or the front desk of the location act on an entry; other staff only see it. */
        void requireMayAct() {
            if (!frontDesk && !ownClient) {
                throw ProblemException.forbidden("Only the client or the front desk of the location may do this");
            }
        }
    }

    /** The entry if the caller may see it (its client; staff at its location); 404 otherwise. */
    private Uni<Visible> visible(Caller caller, UUID id) {
        return entries.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Waitlist entry", id))
                .flatMap(entry -> locations.findInTenant(caller.tenant(), entry.locationId).flatMap(location -> {
                    boolean staffHere = caller.isStaff() && location != null && caller.mayActAt(location.code);
                    boolean frontDesk = staffHere && SessionAccess.isFrontDesk(caller);
                    return access.clientOf(caller).map(me -> {
                        boolean own = me != null && me.id.equals(entry.clientId);
                        if (!staffHere && !own) {
                            throw ProblemException.notFound("Waitlist entry", id);
                        }
                        return new Visible(entry, frontDesk, own);
                    });
                }));
    }

    /** A client puts themself on the waitlist; the front desk any client, at their locations. */
    private static void authoriseFor(Caller caller, Location location, Client client) {
        if (caller.hasRole(Caller.CLIENT)) {
            if (!caller.userId().equals(client.userId)) {
                throw ProblemException.forbidden("A client joins the waitlist only for themself");
            }
            return;
        }
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
        if (!caller.mayActAt(location.code)) {
            throw ProblemException.forbidden("You may not act at " + location.code);
        }
    }

    private static ProblemException unknown(String field, String what) {
        return ProblemException.validation(field, "no such " + what + " in this chain");
    }
}
