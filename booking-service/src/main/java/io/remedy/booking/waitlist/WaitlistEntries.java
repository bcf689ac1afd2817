package io.remedy.booking.waitlist;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.catalogue.BookableServiceRepository;
import io.remedy.booking.client.Client;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.session.SessionAccess;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The waitlist's entries: clients join it to wait for a slot, see their entries (with the offer one holds) and
 * withdraw from it; a withdrawn entry's open offer goes to the next waiting client ({@link FreedSlotOffers}).
 */
@ApplicationScoped
public class WaitlistEntries {

    static final int MAX_LIST = 500;

    private final WaitlistEntryRepository entries;
    private final WaitlistOfferRepository offers;
    private final LocationRepository locations;
    private final ClientRepository clients;
    private final BookableServiceRepository services;
    private final TherapistRepository therapists;
    private final SessionAccess sessionAccess;
    private final WaitlistAccess access;
    private final FreedSlotOffers freedSlots;

    public WaitlistEntries(WaitlistEntryRepository entries, WaitlistOfferRepository offers,
                           LocationRepository locations, ClientRepository clients,
                           BookableServiceRepository services, TherapistRepository therapists,
                           SessionAccess sessionAccess, WaitlistAccess access, FreedSlotOffers freedSlots) {
        this.entries = entries;
        this.offers = offers;
        this.locations = locations;
        this.clients = clients;
        this.services = services;
        this.therapists = therapists;
        this.sessionAccess = sessionAccess;
        this.access = access;
        this.freedSlots = freedSlots;
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
            filter = sessionAccess.clientOf(caller)
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("No client record is linked to your account"))
                    .map(me -> new EntryFilter(null, locationId, me.id, status));
        } else {
            caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
            filter = caller.actsAtAllLocations() ? Uni.createFrom().item(new EntryFilter(null, locationId, clientId, status))
                    : sessionAccess.locationsOf(caller).map(ids -> new EntryFilter(ids, locationId, clientId, status));
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
        return access.visible(caller, id).flatMap(found -> withOffers(caller.tenant(), List.of(found.entry())))
                .map(items -> items.get(0));
    }

    /** Takes an entry off the waitlist; an offer it holds is withdrawn and goes to the next waiting client. */
    @WithTransaction
    public Uni<Void> withdraw(Caller caller, UUID id, String ifMatch) {
        return access.visible(caller, id).flatMap(found -> {
            WaitlistEntry entry = found.entry();
            found.requireMayAct();
            if (ifMatch != null) {
                IfMatch.require(ifMatch, entry.version);
            }
            if (entry.status == WaitlistEntry.Status.BOOKED || entry.status == WaitlistEntry.Status.WITHDRAWN) {
                throw ProblemException.conflict("The entry is already " + entry.status,
                        new FieldError("status", "is " + entry.status));
            }
            return withdrawn(caller.tenant(), entry, Instant.now());
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
                        .onItem().transformToUniAndConcatenate(entry -> withdrawn(tenant, entry, now))
                        .collect().asList()
                        .map(List::size));
    }

    /** Marks the entry withdrawn; an open offer it holds is withdrawn too and offered on. */
    private Uni<Void> withdrawn(String tenant, WaitlistEntry entry, Instant now) {
        entry.status = WaitlistEntry.Status.WITHDRAWN;
        entry.closedAt = now;
        return offers.lockOpenOf(tenant, entry.id).flatMap(open -> open == null
                ? entries.flush().replaceWithVoid()
                : freedSlots.end(open, entry, WaitlistOfferExpired.Reason.WITHDRAWN, WaitlistOffer.Status.WITHDRAWN,
                        now));
    }

    private Uni<List<EntryResponse>> withOffers(String tenant, List<WaitlistEntry> page) {
        return offers.openOf(tenant, page.stream().map(e -> e.id).toList()).map(open -> {
            Map<UUID, WaitlistOffer> byEntry = open.stream()
                    .collect(Collectors.toMap(o -> o.entryId, Function.identity()));
            return page.stream().map(e -> EntryResponse.of(e, byEntry.get(e.id))).toList();
        });
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
