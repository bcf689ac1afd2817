package io.remedy.console.therapist;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.Booking;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The names of a page's clients, in one call per 200 clients ({@code GET /api/v1/clients?id=…&id=…}). */
@ApplicationScoped
public class ClientNames {

    static final int BATCH = 200;

    /** Clients by their ids. */
    @RegisterRestClient(configKey = "gateway")
    @RegisterProvider(GatewayProblems.class)
    @AccessToken
    @Path("/api/v1/clients")
    @Produces(MediaType.APPLICATION_JSON)
    public interface ClientsByIdApi {

        @GET
        Uni<Booking.ClientPage> byIds(@QueryParam("id") List<UUID> ids, @QueryParam("limit") Integer limit);
    }

    private final ClientsByIdApi clients;

    public ClientNames(@RestClient ClientsByIdApi clients) {
        this.clients = clients;
    }

    public Uni<Map<UUID, String>> of(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        if (all.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Booking.ClientPage>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            batches.add(clients.byIds(all.subList(i, Math.min(all.size(), i + BATCH)), BATCH));
        }
        return Uni.join().all(batches).andFailFast().map(pages -> {
            Map<UUID, String> names = new HashMap<>();
            pages.forEach(page -> page.items().forEach(client -> names.put(client.id(), client.name())));
            return names;
        });
    }
}
