package io.remedy.booking.client;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A client (patient) of a chain; linked to a user account by the token's subject when they use the app. */
@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "user_id")
    public String userId;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    public String email;

    public String phone;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "preferred_location_id")
    public UUID preferredLocationId;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the client's personal data was erased; the row stays, anonymised, for the sessions that name it. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @Version
    public long version;

    /** Name placeholders of an erased client: the columns stay non-null, the person is gone. */
    static final String ERASED_GIVEN_NAME = "Erased";
    static final String ERASED_FAMILY_NAME = "Client";

    /** Removes every personal field; the id, language and history stay so past sessions still add up. */
    void anonymise(Instant now) {
        givenName = ERASED_GIVEN_NAME;
        familyName = ERASED_FAMILY_NAME;
        email = null;
        phone = null;
        dateOfBirth = null;
        preferredLocationId = null;
        userId = null;
        erasedAt = now;
        updatedAt = now;
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
