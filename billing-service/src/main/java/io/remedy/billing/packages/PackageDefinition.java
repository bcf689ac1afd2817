package io.remedy.billing.packages;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** What a chain sells as a package: a number of sessions of one service, valid for some days after the sale. */
@Entity
@Table(name = "package_definition")
public class PackageDefinition extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    /** As clients and invoices read it, e.g. "6 × Deep tissue 60 min". */
    public String name;

    /** The service (booking's) whose completed sessions the package pays for. */
    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "session_count")
    public int sessionCount;

    /** Days after the sale until which its sessions may be used. */
    @Column(name = "expiry_days")
    public int expiryDays;

    /** Still on sale; a retired package is not sold any more, those sold stay valid. */
    public boolean active;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Version
    public long version;
}
