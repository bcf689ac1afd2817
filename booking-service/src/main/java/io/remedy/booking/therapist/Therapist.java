package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A massage therapist (or another practitioner) of a chain; linked to a user account by the token's subject. */
@Entity
@Table(name = "therapist")
public class Therapist extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    /** The identity provider's subject of the therapist's account, if they sign in. */
    @Column(name = "user_id")
    public String userId;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    /** Professional registration number (e.g. a register's membership number), as receipts name it; null if none. */
    @Column(name = "registration_number")
    public String registrationNumber;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Last change of the therapist or their roster; setting it bumps the version (ETag). */
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
