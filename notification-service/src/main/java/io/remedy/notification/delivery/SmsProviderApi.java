package io.remedy.notification.delivery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * The SMS provider's HTTP API, as far as Remedy uses it. A status that is no 2xx fails the {@code Uni} with a
 * {@link jakarta.ws.rs.WebApplicationException} carrying it.
 */
@Path("/v1/messages")
public interface SmsProviderApi {

    /** One text to send. */
    record Text(String to, String from, String body) {
    }

    /** The provider took the text: its id for it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Accepted(String id, String status) {
    }

    /** Sends one text; the provider has no idempotency key, so a repeated call sends it again. */
    @POST
    Uni<Accepted> send(@HeaderParam("Authorization") String authorization, Text text);
}
