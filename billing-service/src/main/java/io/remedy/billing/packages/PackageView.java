package io.remedy.billing.packages;

import io.remedy.billing.payment.PaymentView;
import io.remedy.contracts.billing.InvoiceStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API's records for packages (what a chain sells) and client packages (what a client holds). */
public final class PackageView {

    /** Most sessions one package holds. */
    public static final int MAX_SESSIONS = 100;
    /** Longest a package may stay valid, in days (ten years). */
    public static final int MAX_EXPIRY_DAYS = 3660;

    private PackageView() {
    }

    @Schema(name = "NewPackage", description = "A package a chain admin puts on sale: sessions of one service, a"
            + " price per currency (a location sells it in its own), valid for some days after the sale")
    public record NewPackage(
            @Schema(description = "As clients and invoices read it", example = "6 × Deep tissue 60 min",
                    required = true, maxLength = 120)
            @NotBlank @Size(max = 120) String name,
            @Schema(description = "The service (booking's) whose completed sessions it pays for", required = true,
                    example = "c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b")
            @NotNull UUID serviceId,
            @Schema(description = "How many sessions it holds", example = "6", required = true, minimum = "1",
                    maximum = "100")
            @NotNull @Min(1) @Max(MAX_SESSIONS) Integer sessionCount,
            @Schema(description = "Days after the sale until which its sessions may be used", example = "180",
                    required = true, minimum = "1", maximum = "3660")
            @NotNull @Min(1) @Max(MAX_EXPIRY_DAYS) Integer expiryDays,
            @Schema(description = "Its price in each currency it is sold in; one entry per currency", required = true)
            @NotEmpty @Size(max = 20) List<@Valid @NotNull Price> prices) {
    }

    @Schema(name = "PackagePrice", description = "A package's price in one currency, tax included")
    public record Price(
            @Schema(description = "ISO 4217 code", example = "GBP", required = true, pattern = "^[A-Z]{3}$")
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(description = "Minor units of the currency, tax included", example = "42000", required = true,
                    minimum = "0")
            @NotNull @Min(0) @Max(PaymentView.MAX_AMOUNT) Integer priceCents) {
    }

    @Schema(name = "Package", description = "A package of the chain. A therapist sees it without prices.")
    public record PackageResponse(
            UUID id,
            @Schema(example = "6 × Deep tissue 60 min") String name,
            UUID serviceId,
            @Schema(example = "6") int sessionCount,
            @Schema(example = "180") int expiryDays,
            @Schema(description = "Null for a therapist") List<Price> prices,
            @Schema(description = "On sale; a retired package is not sold any more (those sold stay valid)")
            boolean active,
            Instant createdAt,
            Instant retiredAt) {
    }

    @Schema(name = "NewClientPackage", description = "A package sold to a client at a location: an invoice for it is"
            + " issued at the location, in its currency, paid like any invoice. Either a package on sale and a client,"
            + " or a treatment plan whose series is sold (its client; the chain's package of its service and number of"
            + " sessions)")
    public record NewClientPackage(
            @Schema(description = "The package on sale; required unless planId is given (then, if given, it must be"
                    + " a package of the plan's service and number of sessions)",
                    example = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
            UUID packageId,
            @Schema(description = "The client who buys it; required unless planId is given (then, if given, the"
                    + " plan's client)", example = "9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b")
            UUID clientId,
            @Schema(description = "The location selling it (its front desk, its currency, its invoice numbers)",
                    required = true, example = "0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10")
            @NotNull UUID locationId,
            @Schema(description = "A treatment plan (records') whose series of sessions is sold as the package",
                    example = "4d3c2b1a-0f9e-48d7-b6a5-f4e3d2c1b0a9")
            UUID planId) {
    }

    @Schema(name = "ClientPackage", description = "A package a client holds and what is left of it")
    public record ClientPackageResponse(
            UUID id,
            UUID packageId,
            @Schema(example = "6 × Deep tissue 60 min") String name,
            UUID serviceId,
            UUID clientId,
            @Schema(example = "C-000042") String clientReference,
            UUID locationId,
            @Schema(example = "norwich") String locationCode,
            @Schema(description = "The invoice that sold it; pay it like any invoice") UUID invoiceId,
            @Schema(example = "NORWICH-2026-000124") String invoiceNumber,
            @Schema(description = "The sale invoice's status") InvoiceStatus invoiceStatus,
            @Schema(description = "What it was sold for, minor units of currency", example = "42000") int priceCents,
            @Schema(example = "GBP") String currency,
            @Schema(example = "6") int sessionsTotal,
            @Schema(example = "2") int sessionsUsed,
            @Schema(example = "4") int sessionsLeft,
            Instant soldAt,
            Instant expiresAt,
            @Schema(description = "Sessions are left, it has not expired and its invoice is not void") boolean usable,
            @Schema(description = "The completed sessions it paid for, oldest first (only when one is read)")
            List<Use> uses,
            @Schema(description = "The treatment plan whose series it was sold for, if any") UUID planId,
            @Schema(description = "The plan's version sold", example = "2") Integer planVersion) {
    }

    @Schema(name = "PlanSeries", description = "The series of sessions a treatment plan prescribes, as the front desk"
            + " sells it: no clinical content")
    public record PlanSeriesResponse(
            UUID planId,
            @Schema(description = "The plan's latest version billing knows", example = "2") int planVersion,
            @Schema(description = "ACTIVE, COMPLETED or DISCONTINUED; only an active plan's series is sold",
                    example = "ACTIVE") String status,
            UUID clientId,
            UUID locationId,
            @Schema(example = "norwich") String locationCode,
            @Schema(description = "The service of the plan's sessions; null if the plan names none") UUID serviceId,
            @Schema(description = "Sessions the plan's phases count (an open-ended phase counts none)", example = "10")
            int sessionCount,
            Instant changedAt,
            @Schema(description = "The chain's package on sale that sells this series (its service and number of"
                    + " sessions), the cheapest if several; null if none") UUID packageId,
            @Schema(example = "10 × Remedial massage 60 min") String packageName,
            @Schema(description = "The package the series was sold as (its invoice not void); null if not sold")
            UUID clientPackageId,
            @Schema(description = "Whether it can be sold now: active, a service, sessions, a package, not sold")
            boolean sellable) {
    }

    @Schema(name = "ClientPackageUse", description = "A completed session a package paid for")
    public record Use(UUID sessionId, UUID locationId, @Schema(example = "norwich") String locationCode,
                      Instant usedAt) {
    }
}
