package io.remedy.gateway.routing;

import java.util.List;

/** A service behind the gateway and the public path prefixes it owns. */
public enum Upstream {
    BOOKING("booking", "booking-service", "/api/v1/locations", "/api/v1/therapists", "/api/v1/services",
            "/api/v1/clients", "/api/v1/availability", "/api/v1/sessions", "/api/v1/waitlist",
            "/api/v1/reports/booking",
            "/api/v1/calendar", "/calendar",
            "/api/v1/fhir/r4/Patient", "/api/v1/fhir/r4/Practitioner", "/api/v1/fhir/r4/Location",
            "/api/v1/fhir/r4/HealthcareService", "/api/v1/fhir/r4/Appointment"),
    RECORDS("records", "records-service", "/api/v1/records",
            "/api/v1/fhir/r4/Observation", "/api/v1/fhir/r4/Questionnaire", "/api/v1/fhir/r4/QuestionnaireResponse",
            "/api/v1/fhir/r4/CarePlan", "/api/v1/fhir/r4/Goal", "/api/v1/fhir/r4/Consent",
            "/api/v1/fhir/r4/Condition", "/api/v1/fhir/r4/AuditEvent"),
    NOTIFICATION("notification", "notification-service", "/api/v1/notifications",
            "/api/v1/webhooks"),
    BILLING("billing", "billing-service", "/api/v1/billing");

    private final String key;
    private final String serviceName;
    private final List<String> prefixes;

    Upstream(String key, String serviceName, String... prefixes) {
        this.key = key;
        this.serviceName = serviceName;
        this.prefixes = List.of(prefixes);
    }

    /** Short name, as reports and the merged API description call it: {@code booking}, {@code records}, ... */
    public String key() {
        return key;
    }

    /** The service's name, e.g. {@code booking-service}. */
    public String serviceName() {
        return serviceName;
    }

    /** Whether this service owns the path: a prefix matches whole segments only ({@code /api/v1/sessions2} does not). */
    public boolean owns(String path) {
        for (String prefix : prefixes) {
            if (PathPrefix.matches(prefix, path)) {
                return true;
            }
        }
        return false;
    }
}
