package io.remedy.notification.contact;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Keeps the contact projection in step with booking's client events. Runs inside the inbox's transaction. */
@ApplicationScoped
public class ContactBook {

    private final ContactRepository contacts;

    public ContactBook(ContactRepository contacts) {
        this.contacts = contacts;
    }

    /** A registration or update; one older than what is known is ignored. */
    public Uni<Void> upsert(String tenant, ContactDetails details) {
        return contacts.findById(details.clientId()).flatMap(existing -> {
            if (existing != null && (existing.erased || existing.sourceVersion > details.version())) {
                return Uni.createFrom().voidItem();
            }
            Contact contact = existing != null ? existing : new Contact();
            contact.clientId = details.clientId();
            contact.tenant = tenant;
            contact.userId = details.userId();
            contact.givenName = details.givenName();
            contact.familyName = details.familyName();
            contact.email = details.email();
            contact.phone = details.phone();
            contact.preferredLanguage = details.preferredLanguage();
            contact.sourceVersion = details.version();
            contact.updatedAt = Instant.now();
            return existing != null ? Uni.createFrom().voidItem() : contacts.persist(contact).replaceWithVoid();
        });
    }

    /** An erasure: personal fields go, the client is reached no more. Emits the login the client had, if any. */
    public Uni<String> erase(String tenant, UUID clientId) {
        return contacts.findInTenant(tenant, clientId).flatMap(existing -> {
            String formerUserId = existing == null ? null : existing.userId;
            Contact contact = existing != null ? existing : new Contact();
            contact.clientId = clientId;
            contact.tenant = tenant;
            contact.userId = null;
            contact.givenName = "";
            contact.familyName = "";
            contact.email = null;
            contact.phone = null;
            contact.preferredLanguage = "en";
            contact.erased = true;
            contact.updatedAt = Instant.now();
            return (existing != null ? Uni.createFrom().voidItem() : contacts.persist(contact).replaceWithVoid())
                    .replaceWith(formerUserId);
        });
    }

    /** What a client event says about how to reach the client. */
    public record ContactDetails(UUID clientId, String userId, String givenName, String familyName, String email,
                                 String phone, String preferredLanguage, int version) {
    }
}
