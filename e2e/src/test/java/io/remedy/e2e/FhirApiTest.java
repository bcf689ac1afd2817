package io.remedy.e2e;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.remedy.e2e.AuthorisationMatrix.Scope;
import io.remedy.e2e.MatrixPlaces.Place;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The FHIR R4 API through the gateway, as an integrator uses it: every resource type, the searches and their paging,
 * the merged metadata and a patient's $everything, for a client with an assessment, a plan, consent and a red flag
 * (the authorisation matrix's client at Norwich). Every resource and Bundle returned is validated against the R4 base
 * profiles with HAPI's validator, offline: no errors. And the same rules as the JSON API: another chain's patient is
 * not found, the front desk reads no Observation, a client reads only their own.
 */
class FhirApiTest {

    private static final String FHIR = "/api/v1/fhir/r4/";
    private static final String FHIR_JSON = "application/fhir+json";

    /** One validator for the run: building its view of the base profiles takes a while, using it is quick. */
    private static FhirValidator validator;
    private static Place norwich;
    private static Place sam;

    @BeforeAll
    static void placesAndValidator() {
        Platform.stack();
        MatrixPlaces places = MatrixPlaces.shared();
        norwich = places.place("admin@harbour", Scope.OWN);
        sam = places.place("sam.client", Scope.OWN);
        FhirContext context = FhirContext.forR4();
        // our Questionnaire, as the API publishes it, so that each QuestionnaireResponse is checked against it too
        Questionnaire odi = context.newJsonParser().parseResource(Questionnaire.class,
                read(Clinic.ADMIN, "Questionnaire/oswestry-disability-index", 200).asString());
        IValidationSupport ours = new IValidationSupport() {
            @Override
            public FhirContext getFhirContext() {
                return context;
            }

            @Override
            public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
                return odi.getUrl().equals(url) && (type == null || type.isInstance(odi)) ? type == null ? null
                        : type.cast(odi) : null;
            }
        };
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context), new CommonCodeSystemsTerminologyService(context),
                ours);
        validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    private static Response read(String user, String path, int status) {
        Response response = given().baseUri(Platform.gatewayUrl()).urlEncodingEnabled(false)
                .auth().oauth2(Api.token(user)).accept(FHIR_JSON).get(path.startsWith("http") ? path : FHIR + path);
        response.then().statusCode(status).contentType(org.hamcrest.Matchers.startsWith(FHIR_JSON));
        return response;
    }

    /** The FHIR resource at {@code path}, of the type expected, validated; its errors go to {@code errors}. */
    private static JsonPath valid(String user, String path, int status, String type, List<String> errors) {
        Response response = read(user, path, status);
        String body = response.asString();
        JsonPath json = response.jsonPath();
        assertEquals(type, json.getString("resourceType"), path + ": " + body);
        List<String> found = new ArrayList<>();
        for (SingleValidationMessage message : validator.validateWithResult(body).getMessages()) {
            if (message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL) {
                found.add(message.getLocationString() + ": " + message.getMessage());
            }
        }
        if (!found.isEmpty()) {
            errors.add(path + "\n    " + String.join("\n    ", found));
        }
        return json;
    }

    @Test
    void everyResourceTypeSearchMetadataAndEverythingIsValidFhirR4() {
        Map<String, String> ids = norwich.ids();
        String patient = "patient=Patient/" + ids.get("client");
        String admin = Clinic.ADMIN;
        List<String> errors = new ArrayList<>();

        JsonPath client = valid(admin, "Patient/" + ids.get("client"), 200, "Patient", errors);
        assertEquals(ids.get("clientName"), client.getString("name[0].family"));
        valid(admin, "Practitioner/" + ids.get("therapist"), 200, "Practitioner", errors);
        valid(admin, "Location/" + ids.get("location"), 200, "Location", errors);
        valid(admin, "HealthcareService/" + ids.get("service"), 200, "HealthcareService", errors);
        assertEquals("booked", valid(admin, "Appointment/" + ids.get("session"), 200, "Appointment", errors)
                .getString("status"));
        assertEquals("fulfilled", valid(admin, "Appointment/" + ids.get("visit"), 200, "Appointment", errors)
                .getString("status"));

        String window = "Appointment?" + patient + "&date=ge" + LocalDate.now().minusYears(1) + "&date=le"
                + LocalDate.now().plusYears(1);
        // page by page, one a page, following the next links
        List<Object> appointments = new ArrayList<>();
        String page = window + "&_count=1";
        for (int pages = 0; page != null && pages < 20; pages++) {
            JsonPath found = valid(admin, page, 200, "Bundle", errors);
            List<Object> entries = found.getList("entry.resource.id");
            assertEquals(1, entries == null ? 0 : entries.size(), page);
            appointments.addAll(entries);
            String next = found.getString("link.find { it.relation == 'next' }.url");
            page = next == null ? null : next.substring(next.indexOf(FHIR) + FHIR.length());
        }
        assertThat(appointments, hasItems(ids.get("visit"), ids.get("session")));
        JsonPath fulfilled = valid(admin, window + "&status=fulfilled", 200, "Bundle", errors);
        assertThat(fulfilled.getList("entry.resource.id"), hasItem(ids.get("visit")));
        assertThat(fulfilled.getList("entry.resource.status"), not(hasItem("booked")));

        String assessment = ids.get("assessment");
        JsonPath nrs = valid(admin, "Observation/" + assessment + "-nrs", 200, "Observation", errors);
        assertEquals("72514-3", nrs.getString("code.coding[0].code"));
        JsonPath odi = valid(admin, "Observation/" + assessment + "-odi", 200, "Observation", errors);
        assertEquals("97909-6", odi.getString("code.coding[0].code"));
        JsonPath pains = valid(admin, "Observation?" + patient + "&code=http://loinc.org%7C72514-3", 200, "Bundle",
                errors);
        assertThat(pains.getList("entry.resource.id"), hasItem(assessment + "-nrs"));
        assertEquals(10, valid(admin, "QuestionnaireResponse/" + assessment, 200, "QuestionnaireResponse", errors)
                .getList("item").size());
        valid(admin, "Questionnaire/oswestry-disability-index", 200, "Questionnaire", errors);

        JsonPath plan = valid(admin, "CarePlan/" + ids.get("plan"), 200, "CarePlan", errors);
        assertEquals(List.of("Goal/" + ids.get("goal")), plan.getList("goal.reference"));
        valid(admin, "CarePlan?" + patient, 200, "Bundle", errors);
        valid(admin, "Goal/" + ids.get("goal"), 200, "Goal", errors);
        valid(admin, "Consent/" + ids.get("consent"), 200, "Consent", errors);
        JsonPath flag = valid(admin, "Condition/" + ids.get("flag"), 200, "Condition", errors);
        assertEquals("resolved", flag.getString("clinicalStatus.coding[0].code"));
        // the Observation read above is an audited clinical read, as the JSON API's
        JsonPath log = valid(admin, "AuditEvent?" + patient + "&_count=200", 200, "Bundle", errors);
        assertThat(log.getList("entry.resource.collect { it.entity[0].description }"), hasItem("assessment/" + assessment));

        JsonPath metadata = valid(admin, "metadata", 200, "CapabilityStatement", errors);
        assertThat(metadata.getList("rest[0].resource.type"), hasItems("Patient", "Practitioner", "Location",
                "HealthcareService", "Appointment", "Observation", "Questionnaire", "QuestionnaireResponse",
                "CarePlan", "Goal", "Consent", "Condition", "AuditEvent"));

        JsonPath everything = valid(admin, "Patient/" + ids.get("client") + "/$everything", 200, "Bundle", errors);
        assertThat(everything.getList("entry.resource.resourceType"), hasItems("Patient", "Appointment",
                "Practitioner", "Location", "HealthcareService", "Observation", "QuestionnaireResponse", "CarePlan",
                "Goal", "Consent", "Condition"));

        assertTrue(errors.isEmpty(), "FHIR validation errors:\n  " + String.join("\n  ", errors));
    }

    @Test
    void keepsTheJsonApisRulesOfChainRoleAndOwnRecord() {
        Map<String, String> ids = norwich.ids();
        List<String> errors = new ArrayList<>();

        JsonPath otherChain = valid(Clinic.SUMMIT_ADMIN, "Patient/" + ids.get("client"), 404, "OperationOutcome", errors);
        assertEquals("not-found", otherChain.getString("issue[0].code"));
        valid(Clinic.SUMMIT_ADMIN, "Patient/" + ids.get("client") + "/$everything", 404, "OperationOutcome", errors);
        valid(Clinic.SUMMIT_ADMIN, "Observation/" + ids.get("observation"), 404, "OperationOutcome", errors);

        JsonPath desk = valid(Clinic.RECEPTION, "Observation/" + ids.get("observation"), 403, "OperationOutcome",
                errors);
        assertEquals("forbidden", desk.getString("issue[0].code"));
        valid(Clinic.RECEPTION, "Patient/" + ids.get("client"), 200, "Patient", errors);
        JsonPath deskEverything = valid(Clinic.RECEPTION, "Patient/" + ids.get("client") + "/$everything", 200,
                "Bundle", errors);
        assertThat(deskEverything.getList("entry.resource.resourceType"), not(hasItem("Observation")));

        String client = "sam.client@harbour.test";
        valid(client, "Patient/" + sam.ids().get("client"), 200, "Patient", errors);
        valid(client, "Patient/" + ids.get("client"), 404, "OperationOutcome", errors);
        valid(client, "Observation/" + sam.ids().get("observation"), 403, "OperationOutcome", errors);
        JsonPath own = valid(client, "Patient/" + sam.ids().get("client") + "/$everything", 200, "Bundle", errors);
        assertThat(own.getList("entry.resource.resourceType"), hasItems("Patient", "Appointment", "CarePlan",
                "Consent"));
        assertThat(own.getList("entry.resource.resourceType"), not(hasItem("Observation")));
        List<Object> theirs = valid(client, "Appointment?patient=Patient/" + ids.get("client"), 200, "Bundle", errors)
                .getList("entry");
        assertTrue(theirs == null || theirs.isEmpty(), "a client finds no one else's appointments");

        JsonPath bad = valid(Clinic.ADMIN, "Appointment?colour=red", 400, "OperationOutcome", errors);
        assertEquals(List.of("colour"), bad.getList("issue[0].expression"));

        assertTrue(errors.isEmpty(), "FHIR validation errors:\n  " + String.join("\n  ", errors));
    }
}
