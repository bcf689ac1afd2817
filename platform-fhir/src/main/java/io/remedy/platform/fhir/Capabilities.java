package io.remedy.platform.fhir;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

import java.util.List;

/**
 * A service's part of the API's CapabilityStatement: the resource types it serves, each read by id and, where it has
 * search parameters, searched. The gateway merges the services' parts into the one {@code metadata} it publishes.
 */
public final class Capabilities {

    /** When this shape of the API was published; a fixed date, so the statement reads the same on every call. */
    public static final String PUBLISHED = "2026-12-03";

    /** One resource type a service serves. */
    public record TypeSupport(String type, String documentation, List<SearchParameter> searchParameters) {

        public static TypeSupport read(String type, String documentation) {
            return new TypeSupport(type, documentation, List.of());
        }
    }

    /** A search parameter of a resource type. */
    public record SearchParameter(String name, SearchParamType type, String documentation) {
    }

    private Capabilities() {
    }

    public static CapabilityStatement of(String software, List<TypeSupport> types) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDateElement(new DateTimeType(PUBLISHED));
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat(FhirMedia.FHIR_JSON);
        statement.getSoftware().setName(software);
        statement.getImplementation().setDescription("Remedy: the FHIR R4 read API of a chain of remedial massage "
                + "clinics (" + software + ")");
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest()
                .setMode(RestfulCapabilityMode.SERVER)
                .setDocumentation("Bearer tokens of the chain's identity provider; the same roles, chain and location"
                        + " scope as the JSON API. Searches page with _count and the Bundle's next link.");
        for (TypeSupport support : types) {
            CapabilityStatement.CapabilityStatementRestResourceComponent resource = rest.addResource()
                    .setType(support.type()).setDocumentation(support.documentation());
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
            if (!support.searchParameters().isEmpty()) {
                resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
                for (SearchParameter parameter : support.searchParameters()) {
                    resource.addSearchParam().setName(parameter.name()).setType(parameter.type())
                            .setDocumentation(parameter.documentation());
                }
            }
        }
        return statement;
    }
}
