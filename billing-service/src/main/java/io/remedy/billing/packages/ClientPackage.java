package io.remedy.billing.packages;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A package a client holds: sold at a location with an invoice of its own; its sessions are used one by one. */
@Entity
@Table(name = "client_package")
public class ClientPackage extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "package_id")
    public UUID packageId;

    /** The package's name when it was sold. */
    public String name;

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "client_id")
    public UUID clientId;

    /** The client's login; null for a client without one, and after erasure. */
    @Column(name = "client_user_id")
    public String clientUserId;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "location_code")
    public String locationCode;

    /** The invoice that sold it. */
    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Column(name = "sessions_total")
    public int sessionsTotal;

    @Column(name = "sessions_used")
    public int sessionsUsed;

    @Column(name = "sold_by")
    public String soldBy;

    @Column(name = "sold_at")
    public Instant soldAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    /** The treatment plan whose series it was sold for; null for a package sold on its own. */
    @Column(name = "plan_id")
    public UUID planId;

    /** The plan's version sold. */
    @Column(name = "plan_version")
    public Integer planVersion;

    @Version
    public long version;

    public int sessionsLeft() {
        return sessionsTotal - sessionsUsed;
    }
}
