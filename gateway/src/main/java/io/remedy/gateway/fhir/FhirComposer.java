package io.remedy.gateway.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.remedy.gateway.config.GatewayConfig;
import io.remedy.gateway.routing.Upstream;
import io.remedy.gateway.routing.UpstreamClient;
import io.remedy.gateway.routing.UpstreamClient.Reply;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The FHIR answers the gateway composes from the services' parts, called with the caller's own token through the same
 * upstream client as the report (each service applies its own roles, chain and audit): the API's one
 * CapabilityStatement, and a patient's {@code $everything} as one Bundle. Works on the JSON as the services wrote it.
 */
@ApplicationScoped
public class FhirComposer {

    static final String BASE = "/api/v1/fhir/r4";
    static final List<Upstream> SERVING = List.of(Upstream.BOOKING, Upstream.RECORDS);

    /** A composed answer: status and body (a FHIR resource as JSON, an OperationOutcome when refused). */
    public record Answer(int status, String body) {
    }

    private final UpstreamClient upstreams;
    private final ObjectMapper json;
    private final Duration timeout;

    public FhirComposer(UpstreamClient upstreams, ObjectMapper json, GatewayConfig config) {
        this.upstreams = upstreams;
        this.json = json;
        this.timeout = config.fhir().timeout();
    }

    /** The services' CapabilityStatements as one: every resource type of every service that answered. */
    public Uni<Answer> capabilities(MultiMap forwarded) {
        return Uni.combine().all().unis(part(Upstream.BOOKING, BASE + "/metadata", forwarded),
                        part(Upstream.RECORDS, BASE + "/metadata", forwarded))
                .asTuple().map(parts -> {
                    List<Reply> replies = java.util.Arrays.asList(parts.getItem1(), parts.getItem2());
                    ObjectNode merged = null;
                    for (int i = 0; i < replies.size(); i++) {
                        Reply reply = replies.get(i);
                        if (reply == null || reply.status() != 200) {
                            if (reply != null && (reply.status() == 401 || reply.status() == 403)) {
                                return new Answer(reply.status(), reply.body().toString());
                            }
                            Log.warnf("FHIR metadata without %s", SERVING.get(i).serviceName());
                            continue;
                        }
                        ObjectNode statement = parse(reply);
                        if (statement == null) {
                            continue;
                        }
                        if (merged == null) {
                            merged = statement;
                            merged.withObject("software").put("name", "Remedy");
                            merged.withObject("implementation").put("description", "Remedy: the FHIR R4 read API of a "
                                    + "chain of remedial massage clinics, at the gateway");
                        } else {
                            ArrayNode resources = (ArrayNode) merged.withArray("rest").get(0).withArray("resource");
                            statement.path("rest").path(0).path("resource").forEach(resources::add);
                        }
                    }
                    if (merged == null) {
                        return outcome(503, "transient", "No service serving FHIR answered");
                    }
                    return new Answer(200, merged.toString());
                });
    }

    /**
     * A patient's {@code $everything}: booking's part (the Patient, their Appointments and what those name) decides
     * whether the caller may see the patient at all; records' part adds what of the record the caller may read. A
     * records part that does not come is said so in an OperationOutcome entry; the Bundle is still answered.
     */
    public Uni<Answer> everything(String patientId, String selfUrl, MultiMap forwarded) {
        if (!patientId.matches("[A-Za-z0-9\\-.]{1,64}")) {
            return Uni.createFrom().item(outcome(404, "not-found", "Patient/" + patientId + " is not known"));
        }
        String path = BASE + "/Patient/" + patientId + "/$everything";
        return Uni.combine().all().unis(part(Upstream.BOOKING, path, forwarded), part(Upstream.RECORDS, path, forwarded))
                .asTuple().map(parts -> {
                    Reply booking = parts.getItem1();
                    Reply records = parts.getItem2();
                    if (booking == null || booking.status() >= 500) {
                        return outcome(502, "transient", "booking-service did not answer");
                    }
                    if (booking.status() != 200) {
                        return new Answer(booking.status(), booking.body().toString());
                    }
                    ObjectNode bundle = json.createObjectNode();
                    bundle.put("resourceType", "Bundle");
                    bundle.put("type", "searchset");
                    bundle.putArray("link").addObject().put("relation", "self").put("url", selfUrl);
                    ArrayNode entries = bundle.putArray("entry");
                    Set<String> seen = new HashSet<>();
                    add(entries, parse(booking), seen);
                    if (records != null && records.status() == 200) {
                        add(entries, parse(records), seen);
                    } else if (records == null || records.status() >= 500) {
                        entries.addObject().put("fullUrl", "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                                        ("records-missing:" + patientId).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                                .set("resource", outcomeJson("warning", "transient", "records-service did not answer:"
                                        + " the clinical record is missing from this Bundle"));
                        ((ObjectNode) entries.get(entries.size() - 1)).putObject("search").put("mode", "outcome");
                    }
                    bundle.put("total", entries.size());
                    return new Answer(200, bundle.toString());
                });
    }

    private static void add(ArrayNode entries, ObjectNode part, Set<String> seen) {
        if (part == null) {
            return;
        }
        for (JsonNode entry : part.path("entry")) {
            if (seen.add(entry.path("fullUrl").asText())) {
                entries.add(entry);
            }
        }
    }

    /** A service's part; null when it could not answer (circuit open, no connection, too slow, 502-504). */
    private Uni<Reply> part(Upstream upstream, String path, MultiMap forwarded) {
        return upstreams.getGuarded(upstream, path, forwarded, timeout)
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("FHIR part of %s missing: %s", upstream.serviceName(), failure.getMessage());
                    return null;
                });
    }

    private ObjectNode parse(Reply reply) {
        try {
            JsonNode node = json.readTree(reply.body().getBytes());
            return node instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** An OperationOutcome answer. */
    Answer outcome(int status, String code, String diagnostics) {
        return new Answer(status, outcomeJson("error", code, diagnostics).toString());
    }

    private ObjectNode outcomeJson(String severity, String code, String diagnostics) {
        ObjectNode outcome = json.createObjectNode();
        outcome.put("resourceType", "OperationOutcome");
        outcome.putArray("issue").addObject().put("severity", severity).put("code", code)
                .put("diagnostics", diagnostics);
        return outcome;
    }
}
