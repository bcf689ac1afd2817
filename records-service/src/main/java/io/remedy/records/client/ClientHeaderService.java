package io.remedy.records.client;

import io.remedy.records.common.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Keeps the record header from booking's client events (registered, updated), inside the inbox's transaction. An
 * event older than what the header holds, or about an erased client, changes nothing.
 */
@ApplicationScoped
public class ClientHeaderService {

    private final ClientHeaderRepository clients;

    public ClientHeaderService(ClientHeaderRepository clients) {
        this.clients = clients;
    }

    /** What a client event says about the client. */
    public record ClientFacts(String tenant, UUID clientId, String userId, String givenName, String familyName,
                              String email, String phone, String preferredLanguage, UUID preferredLocationId,
                              int version) {
    }

    public Uni<Void> apply(ClientFacts facts) {
        return clients.ensure(facts.tenant(), facts.clientId(), facts.userId()).invoke(header -> {
            if (!header.tenant.equals(facts.tenant()) || header.erased() || facts.version() < header.sourceVersion) {
                return;
            }
            header.userId = facts.userId();
            header.givenName = facts.givenName();
            header.familyName = facts.familyName();
            header.email = facts.email();
            header.phone = facts.phone();
            header.preferredLanguage = facts.preferredLanguage();
            header.preferredLocationId = facts.preferredLocationId();
            header.sourceVersion = facts.version();
            header.updatedAt = Instants.now();
        }).replaceWithVoid();
    }
}
