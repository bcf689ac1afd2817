package io.remedy.platform.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one {@link FhirContext} (R4) of the application: expensive to build, thread-safe once built. Built and its model
 * scanned at start-up, so that the first request does not scan it on an event-loop thread.
 */
@Singleton
@Startup
public class FhirContextProducer {

    private final FhirContext context;

    public FhirContextProducer() {
        context = FhirContext.forR4();
        // HAPI scans its model on first use: done here, by writing a resource once
        context.newJsonParser().encodeResourceToString(new org.hl7.fhir.r4.model.Bundle());
    }

    @Produces
    @Singleton
    FhirContext fhirContext() {
        return context;
    }
}
