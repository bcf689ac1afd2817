package io.remedy.notification.contact;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** How to reach a client: a projection kept from booking's {@code client.*} events. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    public String tenant;

    @Column(name = "user_id")
    public String userId;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    public String email;

    public String phone;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    /** Erased clients are reached no more; their personal fields are gone. */
    public boolean erased;

    /** The client record's version in booking: an older update never overwrites a newer one. */
    @Column(name = "source_version")
    public int sourceVersion;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
