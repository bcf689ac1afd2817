package io.remedy.booking.session;

import io.remedy.booking.catalogue.BookableServiceRepository;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.location.RoomRepository;
import io.remedy.booking.session.SessionEvents.Details;
import io.remedy.booking.therapist.TherapistRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads what a session's events name about it, for the changes after booking (moves, cancellations, outcomes). */
@ApplicationScoped
class SessionDetails {

    private final LocationRepository locations;
    private final BookableServiceRepository services;
    private final TherapistRepository therapists;
    private final RoomRepository rooms;
    private final ClientRepository clients;

    SessionDetails(LocationRepository locations, BookableServiceRepository services, TherapistRepository therapists,
                   RoomRepository rooms, ClientRepository clients) {
        this.locations = locations;
        this.services = services;
        this.therapists = therapists;
        this.rooms = rooms;
        this.clients = clients;
    }

    /**
     * The session's location, service, therapist, room and client, as its events name them. One query after the
     * other: a reactive Hibernate session runs one query at a time.
     */
    Uni<Details> of(Session session) {
        String tenant = session.tenant;
        return locations.findInTenant(tenant, session.locationId).flatMap(location -> services
                .findInTenant(tenant, session.serviceId).flatMap(service -> therapists
                        .findInTenant(tenant, session.therapistId).flatMap(therapist -> rooms
                                .findInTenant(tenant, session.roomId).flatMap(room -> clients
                                        .findInTenant(tenant, session.clientId)
                                        .map(client -> new Details(location, service, therapist, room, client))))));
    }
}
