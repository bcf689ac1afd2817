package io.remedy.gateway.routing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTableTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/locations, BOOKING",
            "/api/v1/locations/5c0e/rooms, BOOKING",
            "/api/v1/therapists/1/roster, BOOKING",
            "/api/v1/services, BOOKING",
            "/api/v1/clients/me, BOOKING",
            "/api/v1/availability, BOOKING",
            "/api/v1/sessions/1/cancel, BOOKING",
            "/api/v1/waitlist, BOOKING",
            "/api/v1/reports/booking, BOOKING",
            "/api/v1/records/reports, RECORDS",
            "/api/v1/notifications/reports, NOTIFICATION",
            "/api/v1/records/clients/1/intake, RECORDS",
            "/api/v1/records/sessions/1/notes, RECORDS",
            "/api/v1/notifications/inbox, NOTIFICATION",
            "/api/v1/notifications/stream, NOTIFICATION",
            "/api/v1/billing/invoices, BILLING",
            "/api/v1/billing/invoices/1/payments, BILLING",
            "/api/v1/webhooks, NOTIFICATION",
            "/api/v1/webhooks/1/deliveries, NOTIFICATION",
            "/api/v1/calendar/feeds, BOOKING",
            "/calendar/Qx7_kP-2mZ9vT4wLs8hN1cR6yB3dF5gJ0aE.ics, BOOKING",
            "/api/v1/fhir/r4/Patient/1, BOOKING",
            "/api/v1/fhir/r4/Appointment, BOOKING",
            "/api/v1/fhir/r4/HealthcareService/1, BOOKING",
            "/api/v1/fhir/r4/Observation, RECORDS",
            "/api/v1/fhir/r4/Questionnaire/oswestry-disability-index, RECORDS",
            "/api/v1/fhir/r4/QuestionnaireResponse/1, RECORDS",
            "/api/v1/fhir/r4/CarePlan, RECORDS",
            "/api/v1/fhir/r4/AuditEvent, RECORDS"
    })
    void routesEachPublicPathToTheServiceThatOwnsIt(String path, Upstream owner) {
        assertEquals(owner, RouteTable.ownerOf(path).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/reports/branches", "/api/v1/reports/bookings", "/api/v1/sessionsx", "/api/v1/record", "/api/v1/billings", "/api/v1/webhook", "/calendars", "/api/v2/sessions", "/q/health",
        "/api/v1/fhir/r4/metadata", "/api/v1/fhir/r4/Patient/1/$everything", "/api/v1/fhir/r4/Patients",
        "/api/v1/fhir/r4/Invoice/1"})
    void leavesPathsNoServiceOwnsToTheGateway(String path) {
        assertTrue(RouteTable.ownerOf(path).isEmpty());
    }
}
