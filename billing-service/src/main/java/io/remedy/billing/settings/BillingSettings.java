package io.remedy.billing.settings;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A chain's name and tax registration as its receipts are issued; one row per chain, none until set. */
@Entity
@Table(name = "billing_settings")
public class BillingSettings extends PanacheEntityBase {

    @Id
    public String tenant;

    @Column(name = "clinic_name")
    public String clinicName;

    @Column(name = "tax_registration_number")
    public String taxRegistrationNumber;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
