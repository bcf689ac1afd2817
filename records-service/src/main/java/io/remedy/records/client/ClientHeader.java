package io.remedy.records.client;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The header of a client's clinical record: who the client is, as booking's client events describe them. The
 * {@code userId} is how a client's own token finds their record. Emptied of personal data on erasure.
 */
@Entity
@Table(name = "client_header")
public class ClientHeader extends PanacheEntityBase {

    /** The client's id, as booking gives it. */
    @Id
    public UUID id;

    public String tenant;

    /** The identity provider's subject of the client's login, if they have one. */
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

    @Column(name = "preferred_location_id")
    public UUID preferredLocationId;

    /** Booking's aggregate version last applied; -1 for a stub made from a session event. */
    @Column(name = "source_version")
    public int sourceVersion;

    @Column(name = "erased_at")
    public Instant erasedAt;

    /** True once the personal data is erased and the clinical part is kept, anonymised, for retention. */
    @Column(name = "retained_after_erasure")
    public boolean retainedAfterErasure;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean erased() {
        return erasedAt != null;
    }
}
