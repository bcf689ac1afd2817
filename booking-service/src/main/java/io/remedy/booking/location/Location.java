package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A branch of a chain: where sessions happen, in its own time zone. */
@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    /** Short name unique in its chain (e.g. {@code norwich}); the token's {@code locations} claim lists these. */
    public String code;

    public String name;

    /** Postal address, free text (several lines); null when not given. */
    public String address;

    @Column(name = "time_zone")
    public String timeZone;

    /** Cancellations later than this many hours before the start are late. */
    @Column(name = "notice_hours")
    public int noticeHours;

    /** Check-in opens this many minutes before a session's start; completion and no-show only at the start. */
    @Column(name = "check_in_opens_minutes_before")
    public int checkInOpensMinutesBefore;

    /** ISO 4217 code of the currency the location's prices, invoices and reports are in. */
    public String currency;

    /** Tax rate in percent (20.00 = 20 %), included in the location's prices. */
    @Column(name = "tax_rate")
    public BigDecimal taxRate;

    /** Fee of a late cancellation as an amount in minor units of {@link #currency}; null when none or a percent. */
    @Column(name = "late_cancellation_fee_cents")
    public Integer lateCancellationFeeCents;

    /** Fee of a late cancellation as a percent of the booked price; null when none or an amount. */
    @Column(name = "late_cancellation_fee_percent")
    public BigDecimal lateCancellationFeePercent;

    /** Fee of a no-show as an amount in minor units of {@link #currency}; null when none or a percent. */
    @Column(name = "no_show_fee_cents")
    public Integer noShowFeeCents;

    /** Fee of a no-show as a percent of the booked price; null when none or an amount. */
    @Column(name = "no_show_fee_percent")
    public BigDecimal noShowFeePercent;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Last change of the location or its opening hours; setting it bumps the version (ETag). */
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The fee a late cancellation of a session booked at {@code priceCents} costs by the location's policy; null when none. */
    public Integer lateCancellationFee(Integer priceCents) {
        return Fees.fee(lateCancellationFeeCents, lateCancellationFeePercent, priceCents);
    }

    /** The fee a no-show at a session booked at {@code priceCents} costs by the location's policy; null when none. */
    public Integer noShowFee(Integer priceCents) {
        return Fees.fee(noShowFeeCents, noShowFeePercent, priceCents);
    }
}
