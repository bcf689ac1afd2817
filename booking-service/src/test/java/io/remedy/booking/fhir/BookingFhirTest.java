package io.remedy.booking.fhir;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Booking's FHIR R4 resources: the mapping of each, the Appointment search and its paging, and who may read what. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class BookingFhirTest {

    private static final String FHIR = "/api/v1/fhir/r4/";
    private static final String FHIR_JSON = "application/fhir+json";

    private static JsonPath read(String token, String path, int status) {
        return given().auth().oauth2(token).accept(FHIR_JSON).get(FHIR + path)
                .then().statusCode(status).contentType(startsWith(FHIR_JSON)).extract().jsonPath();
    }

    private static String book(Chain chain, OffsetDateTime startsAt) {
        return Chain.create(chain.admin, "/api/v1/sessions", chain.booking(startsAt.toString(), null));
    }

    private static OffsetDateTime daysAhead(int days, int hour) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).atTime(hour, 0).atOffset(ZoneOffset.UTC);
    }

    @Test
    void showsAClientAsAPatientAndTheirTherapistLocationAndServiceAsTheirFhirTypes() {
        Chain chain = new Chain();
        JsonPath patient = read(chain.admin, "Patient/" + chain.clientId, 200);
        assertEquals("Patient", patient.getString("resourceType"));
        assertEquals(chain.clientId, patient.getString("id"));
        assertEquals("Patel", patient.getString("name[0].family"));
        assertEquals("Sam", patient.getString("name[0].given[0]"));
        assertEquals("+447700900123", patient.getString("telecom.find { it.system == 'phone' }.value"));
        assertEquals(true, patient.getBoolean("active"));

        JsonPath practitioner = read(chain.admin, "Practitioner/" + chain.therapistId, 200);
        assertEquals("Practitioner", practitioner.getString("resourceType"));
        assertEquals("Ana Costa", practitioner.getString("name[0].text"));

        JsonPath location = read(chain.admin, "Location/" + chain.locationId, 200);
        assertEquals("Location", location.getString("resourceType"));
        assertEquals(chain.locationCode, location.getString("identifier[0].value"));
        assertEquals("active", location.getString("status"));

        JsonPath service = read(chain.admin, "HealthcareService/" + chain.serviceId, 200);
        assertEquals("HealthcareService", service.getString("resourceType"));
        assertEquals("Remedial massage 60 min", service.getString("name"));
    }

    @Test
    void showsASessionAsAnAppointmentWithItsParticipantsAndMapsItsStatus() {
        Chain chain = new Chain();
        OffsetDateTime start = daysAhead(3, 10);
        String session = book(chain, start);
        JsonPath appointment = read(chain.receptionist, "Appointment/" + session, 200);
        assertEquals("Appointment", appointment.getString("resourceType"));
        assertEquals("booked", appointment.getString("status"));
        assertEquals(start.toInstant(), OffsetDateTime.parse(appointment.getString("start")).toInstant());
        assertEquals(start.plusMinutes(60).toInstant(), OffsetDateTime.parse(appointment.getString("end")).toInstant());
        assertEquals(List.of("Patient/" + chain.clientId, "Practitioner/" + chain.therapistId,
                "Location/" + chain.locationId), appointment.getList("participant.actor.reference"));
        assertEquals("Remedial massage 60 min", appointment.getString("serviceType[0].text"));
        assertEquals(chain.serviceId, appointment.getString("serviceType[0].coding[0].code"));

        given().auth().oauth2(chain.admin).header("If-Match", chain.etag("/api/v1/sessions/" + session))
                .contentType(ContentType.JSON).body(Map.of("reason", "CLIENT_REQUEST"))
                .post("/api/v1/sessions/" + session + "/cancel").then().statusCode(200);
        JsonPath cancelled = read(chain.admin, "Appointment/" + session, 200);
        assertEquals("cancelled", cancelled.getString("status"));
        assertEquals("CLIENT_REQUEST", cancelled.getString("cancelationReason.coding[0].code"));
    }

    @Test
    void searchesAppointmentsByPatientDateAndStatusAndPagesWithNextLinks() {
        Chain chain = new Chain();
        List<String> sessions = new ArrayList<>();
        for (int day = 2; day <= 6; day++) {
            sessions.add(book(chain, daysAhead(day, 9)));
        }
        String window = "Appointment?patient=Patient/" + chain.clientId + "&date=ge" + daysAhead(3, 0).toLocalDate()
                + "&date=le" + daysAhead(6, 0).toLocalDate();
        JsonPath first = read(chain.admin, window + "&_count=3", 200);
        assertEquals("Bundle", first.getString("resourceType"));
        assertEquals("searchset", first.getString("type"));
        assertEquals(sessions.subList(1, 4), first.getList("entry.resource.id"));
        assertEquals(List.of("match", "match", "match"), first.getList("entry.search.mode"));
        String next = first.getString("link.find { it.relation == 'next' }.url");
        assertNotNull(next, "a next link while more follow");
        // the link is a whole, already encoded URL: followed as it is
        JsonPath second = given().urlEncodingEnabled(false).auth().oauth2(chain.admin).accept(FHIR_JSON)
                .get(next.substring(next.indexOf(FHIR))).then().statusCode(200).extract().jsonPath();
        assertEquals(sessions.subList(4, 5), second.getList("entry.resource.id"));
        assertNull(second.getString("link.find { it.relation == 'next' }"), "no next link on the last page");

        given().auth().oauth2(chain.admin).header("If-Match", chain.etag("/api/v1/sessions/" + sessions.get(2)))
                .contentType(ContentType.JSON).body(Map.of("reason", "CLIENT_REQUEST"))
                .post("/api/v1/sessions/" + sessions.get(2) + "/cancel").then().statusCode(200);
        JsonPath cancelled = read(chain.admin, window + "&status=cancelled", 200);
        assertEquals(List.of(sessions.get(2)), cancelled.getList("entry.resource.id"));
        JsonPath booked = read(chain.admin, window + "&status=booked", 200);
        assertEquals(List.of(sessions.get(1), sessions.get(3), sessions.get(4)), booked.getList("entry.resource.id"));
    }

    @Test
    void refusesABadSearchParameterWithAnOperationOutcomeNamingIt() {
        Chain chain = new Chain();
        for (String[] bad : List.of(new String[] {"Appointment?colour=red", "colour"},
                new String[] {"Appointment?_count=0", "_count"},
                new String[] {"Appointment?_count=many", "_count"},
                new String[] {"Appointment?date=soon", "date"},
                new String[] {"Appointment?date=ge2026-13-40", "date"},
                new String[] {"Appointment?status=waiting", "status"},
                new String[] {"Appointment?patient=Practitioner/" + chain.therapistId, "patient"},
                new String[] {"Appointment?cursor=not-ours", "cursor"})) {
            JsonPath outcome = read(chain.admin, bad[0], 400);
            assertEquals("OperationOutcome", outcome.getString("resourceType"), bad[0]);
            assertEquals("error", outcome.getString("issue[0].severity"), bad[0]);
            assertEquals("invalid", outcome.getString("issue[0].code"), bad[0]);
            assertEquals(List.of(bad[1]), outcome.getList("issue[0].expression"), bad[0]);
        }
    }

    @Test
    void anotherChainsThingsAndUnknownIdsAreNotFound() {
        Chain chain = new Chain();
        Chain other = new Chain();
        String session = book(other, daysAhead(2, 11));
        for (String path : List.of("Patient/" + other.clientId, "Practitioner/" + other.therapistId,
                "Location/" + other.locationId, "HealthcareService/" + other.serviceId, "Appointment/" + session,
                "Patient/not-a-uuid", "Appointment/" + java.util.UUID.randomUUID())) {
            JsonPath outcome = read(chain.admin, path, 404);
            assertEquals("OperationOutcome", outcome.getString("resourceType"), path);
            assertEquals("not-found", outcome.getString("issue[0].code"), path);
        }
        given().auth().oauth2(chain.admin).accept(FHIR_JSON)
                .get(FHIR + "Appointment?patient=Patient/" + other.clientId)
                .then().statusCode(200).body("entry", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aClientReadsOnlyTheirOwnPatientAndAppointments() {
        Chain chain = new Chain();
        String mine = book(chain, daysAhead(2, 14));
        String otherClient = Chain.create(chain.admin, "/api/v1/clients", Map.of("givenName", "Lee",
                "familyName", "Other"));
        Map<String, Object> theirs = chain.booking(daysAhead(3, 14).toString(), null);
        theirs.put("clientId", otherClient);
        String theirSession = Chain.create(chain.admin, "/api/v1/sessions", theirs);
        String client = chain.token(chain.clientUser, List.of(), "client");

        read(client, "Patient/" + chain.clientId, 200);
        read(client, "Patient/" + otherClient, 404);
        read(client, "Appointment/" + mine, 200);
        read(client, "Appointment/" + theirSession, 404);
        given().auth().oauth2(client).accept(FHIR_JSON).get(FHIR + "Appointment")
                .then().statusCode(200).body("entry.resource.id", equalTo(List.of(mine)));
        given().auth().oauth2(client).accept(FHIR_JSON).get(FHIR + "Appointment?patient=Patient/" + otherClient)
                .then().statusCode(200).body("entry", org.hamcrest.Matchers.nullValue())
                .body("link.relation", hasItem("self"));
    }

    @Test
    void givesTheGatewayThePatientTheirAppointmentsAndWhatTheyNameForEverything() {
        Chain chain = new Chain();
        String session = book(chain, daysAhead(2, 15));
        JsonPath part = given().urlEncodingEnabled(false).auth().oauth2(chain.admin).accept(FHIR_JSON)
                .get(FHIR + "Patient/" + chain.clientId + "/$everything")
                .then().statusCode(200).contentType(startsWith(FHIR_JSON)).extract().jsonPath();
        assertEquals("searchset", part.getString("type"));
        assertEquals(List.of("Patient/" + chain.clientId, "Appointment/" + session, "Practitioner/" + chain.therapistId,
                "Location/" + chain.locationId, "HealthcareService/" + chain.serviceId),
                part.getList("entry.resource.collect { it.resourceType + '/' + it.id }"));
        Chain other = new Chain();
        given().urlEncodingEnabled(false).auth().oauth2(other.admin).accept(FHIR_JSON)
                .get(FHIR + "Patient/" + chain.clientId + "/$everything")
                .then().statusCode(404).contentType(startsWith(FHIR_JSON));
    }

    @Test
    void publishesItsPartOfTheCapabilityStatementAndEveryOperationInTheApiDocument() {
        Chain chain = new Chain();
        JsonPath metadata = read(chain.admin, "metadata", 200);
        assertEquals("CapabilityStatement", metadata.getString("resourceType"));
        assertEquals("4.0.1", metadata.getString("fhirVersion"));
        org.hamcrest.MatcherAssert.assertThat(metadata.getList("rest[0].resource.type"),
                hasItems("Patient", "Practitioner", "Location", "HealthcareService", "Appointment"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/fhir/r4/Appointment'.get.operationId", equalTo("searchFhirAppointments"))
                .body("paths.'/api/v1/fhir/r4/Appointment'.get.tags", hasItem("FHIR"))
                .body("paths.'/api/v1/fhir/r4/Patient/{id}'.get.responses.'404'.content.'application/fhir+json'"
                        + ".schema.$ref", containsString("OperationOutcome"))
                .body("paths.'/api/v1/fhir/r4/metadata'", org.hamcrest.Matchers.nullValue())
                .body("paths.findAll { it.key.startsWith('/api/v1/fhir/r4/') }", org.hamcrest.Matchers.aMapWithSize(6));
    }
}
