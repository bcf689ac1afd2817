package io.remedy.platform.fhir;

/** The media type of the FHIR R4 API and the base path every service serves its resources under. */
public final class FhirMedia {

    /** FHIR's JSON format (R4). */
    public static final String FHIR_JSON = "application/fhir+json";

    /** The public base path of the FHIR R4 API; each service serves its own resource types under it. */
    public static final String BASE = "/api/v1/fhir/r4";

    /** The OpenAPI tag of every FHIR operation. */
    public static final String TAG = "FHIR";

    private FhirMedia() {
    }
}
