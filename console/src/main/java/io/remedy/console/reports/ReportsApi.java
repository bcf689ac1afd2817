package io.remedy.console.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The gateway's cross-branch report, called with the signed-in user's token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/reports/branches")
public interface ReportsApi {

    /** The report as JSON: its sections stay open documents, as each service's figures may grow. */
    @GET
    @Produces("application/json")
    Uni<JsonNode> branches(@QueryParam("from") String from, @QueryParam("to") String to);

    /** The same report as the gateway's CSV. */
    @GET
    @Produces("text/csv")
    Uni<String> branchesCsv(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("format") String format);
}
