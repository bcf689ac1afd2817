package io.remedy.billing.packages;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A package's price in one currency, tax included: a location sells it in the location's currency. */
@Entity
@Table(name = "package_price")
@IdClass(PackagePrice.Key.class)
public class PackagePrice extends PanacheEntityBase {

    @Id
    @Column(name = "package_id")
    public UUID packageId;

    @Id
    public String currency;

    @Column(name = "price_cents")
    public int priceCents;

    /** The composite key. */
    public record Key(UUID packageId, String currency) implements Serializable {
    }
}
