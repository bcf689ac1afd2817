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
        return therapistNames().getOrDefault(id, "—");
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
