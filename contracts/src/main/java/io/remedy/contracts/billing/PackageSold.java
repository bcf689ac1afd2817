package io.remedy.contracts.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A package of sessions was sold to a client, with an invoice of its own; ids, counts and amounts only.
 *
 * @param clientPackageId The package the client now holds.
 * @param packageId The chain's package sold.
 * @param planId The treatment plan whose series was sold as the package, if it was one.
 * @param invoiceId The invoice that sold it (paid like any invoice).
 * @param locationId The location that sold it.
 * @param locationCode The location's code (e.g. {@code norwich}).
 * @param clientId The client who bought it.
 * @param serviceId The service (booking's) whose completed sessions it pays for.
 * @param sessionCount How many sessions it holds. At least 1.
 * @param priceCents What it was sold for, tax included, in minor units of the currency. At least 0.
 * @param currency ISO 4217 code of the currency (the location's).
 * @param soldAt When it was sold.
 * @param expiresAt Until when its sessions may be used.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PackageSold(
        UUID clientPackageId,
        UUID packageId,
        UUID planId,
        UUID invoiceId,
        UUID locationId,
        String locationCode,
        UUID clientId,
        UUID serviceId,
        int sessionCount,
        int priceCents,
        String currency,
        Instant soldAt,
        Instant expiresAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.billing.package.sold.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.INVOICES;

    /** The sale invoice's id: the sale and its payments' events follow one another on one partition. */
    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
