package io.remedy.console.api;

import io.smallrye.mutiny.Uni;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chain's locations, therapists and services, fetched once per page (three calls in parallel), so that every
 * list on the page shows names beside ids without a call per row.
 */
public record Catalogue(List<Booking.Location> locations, List<Booking.Therapist> therapists,
                        List<Booking.Service> services) {

    public static Uni<Catalogue> load(BookingApi booking) {
        return Uni.combine().all().unis(booking.locations(), booking.therapists(), booking.services())
                .with((locations, therapists, services) -> new Catalogue(
                        locations.stream().sorted(Comparator.comparing(Booking.Location::name)).toList(),
                        therapists.stream().sorted(Comparator.comparing(Booking.Therapist::displayName)).toList(),
                        services));
    }

    /**
     * The catalogue of answers a page fetched itself, sorted as {@link #load} sorts them: a page that starts some
     * calls as soon as the locations (or the services) arrive asks for the three lists on its own.
     */
    public static Catalogue of(List<Booking.Location> locations, List<Booking.Therapist> therapists,
                               List<Booking.Service> services) {
        return new Catalogue(byName(locations), therapists.stream()
                .sorted(Comparator.comparing(Booking.Therapist::displayName)).toList(), services);
    }

    /** The locations in the order every list shows them (by name): the first is the one a page opens by default. */
    public static List<Booking.Location> byName(List<Booking.Location> locations) {
        return locations.stream().sorted(Comparator.comparing(Booking.Location::name)).toList();
    }

    public Optional<Booking.Location> location(UUID id) {
        return locations.stream().filter(location -> location.id().equals(id)).findFirst();
    }

    public Optional<Booking.Location> locationByCode(String code) {
        return locations.stream().filter(location -> location.code().equals(code)).findFirst();
    }

    public String locationName(UUID id) {
        return location(id).map(Booking.Location::name).orElse("—");
    }

    public String therapistName(UUID id) {
        // asked once per session card: a look-up, not a map of every therapist built each time
        return therapist(id).map(Booking.Therapist::displayName).orElse("—");
    }

    public String serviceName(UUID id) {
        return service(id).map(Booking.Service::name).orElse("—");
    }

    public Optional<Booking.Service> service(UUID id) {
        return services.stream().filter(service -> service.id().equals(id)).findFirst();
    }

    public Optional<Booking.Therapist> therapist(UUID id) {
        return therapists.stream().filter(therapist -> therapist.id().equals(id)).findFirst();
    }

    public Map<UUID, String> therapistNames() {
        return therapists.stream().collect(Collectors.toMap(Booking.Therapist::id, Booking.Therapist::displayName));
    }

    /** Clients by id, from one {@code GET /clients?id=...} for the ids of a list (none: no call). */
    public static Uni<Map<UUID, Booking.Client>> clients(BookingApi booking, java.util.Collection<UUID> ids) {
        List<String> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().map(UUID::toString).toList();
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return booking.clientsById(distinct, 200).map(page -> page.items().stream()
                .collect(Collectors.toMap(Booking.Client::id, Function.identity())));
    }
}
