package io.remedy.platform.testapp;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A consumer as a service writes one: its effect (a row) and the inbox record commit together. */
@ApplicationScoped
public class PingConsumer {

    private final Inbox inbox;

    public PingConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("pings")
    public Uni<Void> onPing(Message<String> message) {
        return inbox.handle("platform-test.pings", message, PingEvent.class, (event, ping) -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO ping_effect (event_id, tenant, text) VALUES (:id, :tenant, :text)")
                        .setParameter("id", event.id())
                        .setParameter("tenant", event.tenant())
                        .setParameter("text", ping.text())
                        .executeUpdate())
                .invoke(() -> {
                    if (ping.fail()) {
                        throw new IllegalStateException("ping effect fails, on purpose");
                    }
                })
                .replaceWithVoid());
    }
}
