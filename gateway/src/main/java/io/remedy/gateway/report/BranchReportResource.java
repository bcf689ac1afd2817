package io.remedy.gateway.report;

import io.quarkus.security.identity.SecurityIdentity;
import io.remedy.gateway.edge.Correlation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reports across branches, composed by the gateway from the services' report endpoints. */
@Path("/api/v1/reports/branches")
@Tag(name = "Reports", description = "Figures per location and for the whole chain, over a date range")
public class BranchReportResource {

    static final String CSV = "text/csv";

    private final BranchReportService reports;
    private final SecurityIdentity identity;

    public BranchReportResource(BranchReportService reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getBranchReport",
            summary = "Figures of every branch and the chain total",
            description = "One row per location (booking, records and notification figures, joined on locationId) "
                    + "and a total for the chain. Chain admins see every location of their chain, branch managers "
                    + "only theirs; everyone else gets 403. A service that does not answer is named in `missing` "
                    + "and its sections are null: the report is still a 200. `format=csv` (or `Accept: text/csv`) "
                    + "gives the same as CSV: a header row, one line per location, then the total.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BranchReportView.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = "locationId,locationCode,locationName,"
                                    + "booking.timeZone,booking.sessionsBooked,...,missing\r\n"
                                    + "0b7c6d2e-6a8f-4f7e-9d0c-2f3b1a4e5d6c,norwich,Norwich,Europe/London,120,...,\r\n"
                                    + "total,,,,120,...,\r\n"))})
    @APIResponse(responseCode = "400", description = "A bad date, range, location id or format; the field is named",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "bad date", value = "{\"type\":\"https://remedy.io/problems/"
                            + "validation\",\"title\":\"Request is not valid\",\"status\":400,\"detail\":\"from: must "
                            + "be a date as YYYY-MM-DD\",\"instance\":\"/api/v1/reports/branches\",\"errors\":"
                            + "[{\"field\":\"from\",\"message\":\"must be a date as YYYY-MM-DD\"}]}")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Neither chain admin nor branch manager, or a location the "
            + "caller may not see", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Rate limit reached; see Retry-After",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> branches(
            @Parameter(description = "First day, YYYY-MM-DD (inclusive)", required = true, example = "2026-03-01")
            @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD (inclusive); at most 366 days after from counting both",
                    required = true, example = "2026-03-31")
            @QueryParam("to") String to,
            @Parameter(description = "Only this location (its id)", example = "0b7c6d2e-6a8f-4f7e-9d0c-2f3b1a4e5d6c")
            @QueryParam("locationId") String locationId,
            @Parameter(description = "json (default) or csv",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}))
            @QueryParam("format") String format,
            @Parameter(in = ParameterIn.HEADER, hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(hidden = true) @HeaderParam(Correlation.REQUEST_ID) String requestId,
            @Parameter(hidden = true) @HeaderParam(Correlation.TRACEPARENT) String traceparent,
            @Parameter(hidden = true) @HeaderParam(Correlation.TRACESTATE) String tracestate) {
        boolean csvOnly = accept != null && accept.contains(CSV) && !accept.contains("json");
        ReportQuery query = ReportQuery.parse(from, to, locationId, format, csvOnly);
        MultiMap forwarded = MultiMap.caseInsensitiveMultiMap()
                .add(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON)
                .add(HttpHeaders.AUTHORIZATION, authorization);
        if (requestId != null) {
            forwarded.add(Correlation.REQUEST_ID, requestId);
        }
        if (traceparent != null) {
            forwarded.add(Correlation.TRACEPARENT, traceparent);
        }
        if (tracestate != null) {
            forwarded.add(Correlation.TRACESTATE, tracestate);
        }
        return reports.report(query, asker(), forwarded).map(report -> switch (query.format()) {
            case CSV -> Response.ok(BranchReportCsv.write(report), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"branches-" + query.from() + "-"
                            + query.to() + ".csv\"")
                    .build();
            case JSON -> Response.ok(report, MediaType.APPLICATION_JSON).build();
        });
    }

    private BranchReportService.Asker asker() {
        Set<String> codes = new LinkedHashSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim("locations");
            if (claim instanceof JsonArray array) {
                array.forEach(value -> codes.add(value instanceof JsonString text ? text.getString() : value.toString()));
            } else if (claim instanceof Collection<?> values) {
                values.forEach(value -> codes.add(String.valueOf(value)));
            } else if (claim != null) {
                codes.add(claim.toString());
            }
        }
        return new BranchReportService.Asker(identity.hasRole("chain-admin"), identity.hasRole("branch-manager"), codes);
    }
}
