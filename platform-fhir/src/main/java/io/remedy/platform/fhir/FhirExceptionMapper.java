package io.remedy.platform.fhir;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a refused FHIR request with its OperationOutcome, as {@code application/fhir+json}. */
@Provider
public class FhirExceptionMapper implements ExceptionMapper<FhirException> {

    @Override
    public Response toResponse(FhirException refusal) {
        return Response.status(refusal.status()).type(FhirMedia.FHIR_JSON).entity(refusal.outcome()).build();
    }
}
