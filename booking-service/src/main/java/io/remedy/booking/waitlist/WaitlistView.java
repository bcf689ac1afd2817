package io.remedy.booking.waitlist;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.validation.WithinYears;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** API records of the waitlist. */
public final class WaitlistView {

    private WaitlistView() {
    }

    /** A status filter from a query parameter; null without one; a 400 naming {@code status} if unknown. */
    static WaitlistEntry.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return WaitlistEntry.Status.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation("status", "is not one of WAITING, OFFERED, BOOKED, WITHDRAWN");
        }
    }

    /** A client's wish for a slot: a service at a location, optionally with one therapist, between two days. */
    @Schema(name = "NewWaitlistEntry")
    public record NewEntry(
            @NotNull UUID clientId,
            @NotNull UUID locationId,
            @NotNull UUID serviceId,
            @Schema(description = "Only slots of this therapist; any therapist without it") UUID therapistId,
            @Schema(description = "First day the client could come, in the location's time zone", example = "2026-12-01")
            @NotNull @WithinYears(past = 1, future = 2) LocalDate from,
            @Schema(description = "Last day the client could come (inclusive)", example = "2026-12-14")
            @NotNull @WithinYears(past = 1, future = 2) LocalDate to) {
    }

    /** A waitlist entry as the API shows it, with its open offer if it has one. */
    @Schema(name = "WaitlistEntry")
    public record EntryResponse(
            UUID id, UUID clientId, UUID locationId, UUID serviceId, UUID therapistId,
            LocalDate from, LocalDate to,
            @Schema(description = "WAITING, OFFERED (see offer), BOOKED or WITHDRAWN") WaitlistEntry.Status status,
            Instant createdAt,
            @Schema(description = "The slot held for the client now; accept or decline it before expiresAt")
            @JsonInclude(JsonInclude.Include.NON_NULL) OfferResponse offer,
            long version) {

        static EntryResponse of(WaitlistEntry entry, WaitlistOffer open) {
            return new EntryResponse(entry.id, entry.clientId, entry.locationId, entry.serviceId, entry.therapistId,
                    entry.fromDate, entry.toDate, entry.status, entry.createdAt,
                    open == null ? null : OfferResponse.of(open), entry.version);
        }
    }

    /** A slot offered to a waiting client and held for them until it expires. */
    @Schema(name = "WaitlistOffer")
    public record OfferResponse(UUID id, Instant startsAt, Instant endsAt, UUID therapistId, UUID roomId,
                                UUID serviceId, Instant expiresAt) {

        static OfferResponse of(WaitlistOffer offer) {
            return new OfferResponse(offer.id, offer.startsAt, offer.endsAt, offer.therapistId, offer.roomId,
                    offer.serviceId, offer.expiresAt);
        }
    }
}
