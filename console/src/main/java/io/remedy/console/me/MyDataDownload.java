package io.remedy.console.me;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * "Download my data": one JSON file of everything the API lets the client read about themself — their client
 * record and sessions (booking), their message preferences (notification) and their whole clinical record with its
 * audit trail (records' export). The console only puts the answers side by side; the file name holds no personal data.
 */
@Path("/me/record/download")
public class MyDataDownload {

    /** How far back and ahead the sessions go: the booking API's longest page covers a client's history. */
    static final int SESSIONS = 500;

    private final MyDataApi data;
    private final MyRecordApi record;
    private final ObjectMapper json;

    public MyDataDownload(@RestClient MyDataApi data, @RestClient MyRecordApi record, ObjectMapper json) {
        this.data = data;
        this.record = record;
        this.json = json;
    }

    /**
     * The file is written here, as bytes with its own content type: no {@code @Produces} JSON, which would ask the
     * server for a JSON writer the console does not need (it renders pages, and reads JSON only as a REST client).
     */
    @POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> download() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return data.me().flatMap(me -> Uni.combine().all().unis(
                        data.sessions(now.minusYears(10), now.plusYears(2), SESSIONS), data.preferences(),
                        record.export(java.util.UUID.fromString(me.get("id").asText())))
                .with((sessions, preferences, clinical) -> {
                    ObjectNode file = json.createObjectNode();
                    file.put("exportedAt", now.toString());
                    ObjectNode booking = file.putObject("booking");
                    booking.set("client", me);
                    booking.set("sessions", sessions.path("items"));
                    file.set("messagePreferences", preferences);
                    file.set("clinicalRecord", clinical);
                    return file;
                }))
                .map(file -> Response.ok(bytes(file), MediaType.APPLICATION_JSON_TYPE)
                        .header("Content-Disposition", "attachment; filename=\"my-remedy-data-"
                                + LocalDate.now(ZoneOffset.UTC) + ".json\"")
                        .build());
    }

    private byte[] bytes(JsonNode file) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the data file could not be written", e);
        }
    }
}
