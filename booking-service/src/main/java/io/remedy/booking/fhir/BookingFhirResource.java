package io.remedy.booking.fhir;

import io.remedy.booking.catalogue.CatalogueService;
import io.remedy.booking.catalogue.ServiceView.ServiceResponse;
import io.remedy.booking.client.ClientService;
import io.remedy.booking.location.LocationService;
import io.remedy.booking.session.SessionRepository.SessionFilter;
import io.remedy.booking.session.SessionQueries;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.booking.therapist.TherapistService;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.fhir.Capabilities.SearchParameter;
import io.remedy.platform.fhir.Capabilities.TypeSupport;
import io.remedy.platform.fhir.Capabilities;
import io.remedy.platform.fhir.FhirApiConventions;
import io.remedy.platform.fhir.FhirCalls;
import io.remedy.platform.fhir.FhirMedia;
import io.remedy.platform.fhir.FhirSearch;
import io.remedy.platform.fhir.SearchBundles;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Booking's FHIR R4 resources, read through the same use cases as the JSON API (same roles, chain and location
 * scope); refusals are OperationOutcomes.
 */
@Path(FhirMedia.BASE)
@Produces(FhirMedia.FHIR_JSON)
@Tag(name = FhirMedia.TAG)
@SecurityRequirement(name = "jwt")
public class BookingFhirResource {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 200;

    private final ClientService clients;
    private final TherapistService therapists;
    private final LocationService locations;
    private final CatalogueService catalogue;
    private final SessionQueries sessions;
    private final Caller caller;

    public BookingFhirResource(ClientService clients, TherapistService therapists, LocationService locations,
                               CatalogueService catalogue, SessionQueries sessions, Caller caller) {
        this.clients = clients;
        this.therapists = therapists;
        this.locations = locations;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.caller = caller;
    }

    @GET
    @Path("/Patient/{id}")
    @Operation(operationId = "readFhirPatient", summary = "A client as a FHIR Patient (staff, or the client themself)")
    @APIResponse(responseCode = "200", description = "The Patient", content = @Content(mediaType = FhirMedia.FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Patient"),
            examples = @ExampleObject(name = "harbour", value = BookingFhirExamples.PATIENT)))
    @APIResponse(responseCode = "404", description = "No such client, or not one the caller may see",
            content = @Content(mediaType = FhirMedia.FHIR_JSON, schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Patient> patient(@Parameter(description = "The client's id") @PathParam("id") String id) {
        return FhirCalls.answer(() -> clients.get(caller, FhirSearch.id("Patient", id)))
                .map(BookingFhirMapping::patient);
    }

    @GET
    @Path("/Practitioner/{id}")
    @Operation(operationId = "readFhirPractitioner", summary = "A therapist as a FHIR Practitioner")
    @APIResponse(responseCode = "200", description = "The Practitioner",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Practitioner"),
                    examples = @ExampleObject(name = "harbour", value = BookingFhirExamples.PRACTITIONER)))
    @APIResponse(responseCode = "404", description = "No such therapist in the caller's chain",
            content = @Content(mediaType = FhirMedia.FHIR_JSON, schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Practitioner> practitioner(@Parameter(description = "The therapist's id") @PathParam("id") String id) {
        return FhirCalls.answer(() -> therapists.get(caller, FhirSearch.id("Practitioner", id)))
                .map(BookingFhirMapping::practitioner);
    }

    @GET
    @Path("/Location/{id}")
    @Operation(operationId = "readFhirLocation", summary = "A location (branch) of the chain as a FHIR Location")
    @APIResponse(responseCode = "200", description = "The Location", content = @Content(mediaType = FhirMedia.FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Location"),
            examples = @ExampleObject(name = "harbour", value = BookingFhirExamples.LOCATION)))
    @APIResponse(responseCode = "404", description = "No such location in the caller's chain",
            content = @Content(mediaType = FhirMedia.FHIR_JSON, schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Location> location(@Parameter(description = "The location's id") @PathParam("id") String id) {
        return FhirCalls.answer(() -> locations.get(caller, FhirSearch.id("Location", id)))
                .map(BookingFhirMapping::location);
    }

    @GET
    @Path("/HealthcareService/{id}")
    @Operation(operationId = "readFhirHealthcareService",
            summary = "A service of the chain's catalogue as a FHIR HealthcareService")
    @APIResponse(responseCode = "200", description = "The HealthcareService",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 HealthcareService"),
                    examples = @ExampleObject(name = "harbour", value = BookingFhirExamples.HEALTHCARE_SERVICE)))
    @APIResponse(responseCode = "404", description = "No such service in the caller's chain",
            content = @Content(mediaType = FhirMedia.FHIR_JSON, schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<HealthcareService> healthcareService(@Parameter(description = "The service's id") @PathParam("id") String id) {
        return FhirCalls.answer(() -> catalogue.get(caller, FhirSearch.id("HealthcareService", id)))
                .map(BookingFhirMapping::healthcareService);
    }

    @GET
    @Path("/Appointment/{id}")
    @Operation(operationId = "readFhirAppointment",
            summary = "A session as a FHIR Appointment (front desk of its location, its client, its therapist)")
    @APIResponse(responseCode = "200", description = "The Appointment",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Appointment"),
                    examples = @ExampleObject(name = "harbour", value = BookingFhirExamples.APPOINTMENT)))
    @APIResponse(responseCode = "404", description = "No such session, or not one the caller may see",
            content = @Content(mediaType = FhirMedia.FHIR_JSON, schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Appointment> appointment(@Parameter(description = "The session's id") @PathParam("id") String id) {
        return FhirCalls.answer(() -> sessions.get(caller, FhirSearch.id("Appointment", id))
                .flatMap(session -> serviceNames().map(names -> BookingFhirMapping.appointment(session, names))));
    }

    @GET
    @Path("/Appointment")
    @Operation(operationId = "searchFhirAppointments",
            summary = "Searches sessions as FHIR Appointments, by patient, start date and status",
            description = "A searchset Bundle, ordered by start; a client finds only their own sessions, staff those "
                    + "they may see in the JSON API. Pages: follow the Bundle's next link. An unknown parameter is a "
                    + "400 OperationOutcome naming it.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle of Appointments",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Bundle (searchset)"),
                    examples = @ExampleObject(name = "harbour", value = BookingFhirExamples.APPOINTMENTS)))
    @APIResponse(responseCode = "400", description = "A search parameter is not valid; the OperationOutcome names it",
            content = @Content(mediaType = FhirMedia.FHIR_JSON, schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Bundle> searchAppointments(
            @Parameter(description = "The client: Patient/<id>", example = "Patient/0b7c6d2e-6a8f-4f7e-9d0c-2f3b1a4e5d6c")
            @QueryParam("patient") String patient,
            @Parameter(description = "Start date with a prefix (ge, gt, le, lt, eq); repeat for a range",
                    example = "ge2026-03-01") @QueryParam("date") List<String> dates,
            @Parameter(description = "Statuses, comma-separated: booked, checked-in, fulfilled, cancelled, noshow",
                    example = "booked") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("_count") String count,
            @Parameter(description = "Position of the next page, as the next link carries it") @QueryParam("cursor")
            String cursor,
            @Context UriInfo uri) {
        return FhirCalls.answer(() -> {
            FhirSearch.onlyKnown(uri, AppointmentSearch.PARAMETERS);
            AppointmentSearch search = AppointmentSearch.parse(patient, dates, status);
            int size = FhirSearch.count(count, DEFAULT_COUNT, MAX_COUNT);
            return ownedBySomeoneElse(search.patient()).flatMap(other -> {
                if (other) {
                    return Uni.createFrom().item(SearchBundles.page(uri, List.of(), null));
                }
                SessionFilter filter = new SessionFilter(search.from(), search.to(), null, null, search.patient());
                return sessions.list(caller, filter, cursor, size).flatMap(page -> bundle(uri, search, page));
            });
        });
    }

    /**
     * Booking's part of a patient's {@code $everything}, which the gateway composes with records': the Patient, their
     * Appointments the caller may see, and the Practitioners, Locations and HealthcareServices those name.
     */
    @GET
    @Path("/Patient/{id}/$everything")
    @Operation(hidden = true)
    public Uni<Bundle> everything(@PathParam("id") String id, @Context UriInfo uri) {
        return FhirCalls.answer(() -> {
            UUID client = FhirSearch.id("Patient", id);
            return clients.get(caller, client).flatMap(patient -> sessions.list(caller, new SessionFilter(
                            AppointmentSearch.EARLIEST, AppointmentSearch.LATEST, null, null, client), null, MAX_COUNT)
                    .flatMap(page -> therapists.all(caller).flatMap(staff ->
                            locations.all(caller).flatMap(places -> catalogue.all(caller).map(services -> {
                                Map<UUID, String> names = services.stream().collect(Collectors.toMap(
                                        ServiceResponse::id, ServiceResponse::name, (a, b) -> a));
                                List<Resource> found = new ArrayList<>();
                                found.add(BookingFhirMapping.patient(patient));
                                Set<UUID> therapistIds = new HashSet<>();
                                Set<UUID> locationIds = new HashSet<>();
                                Set<UUID> serviceIds = new HashSet<>();
                                for (var session : page.items()) {
                                    found.add(BookingFhirMapping.appointment(session, names));
                                    therapistIds.add(session.therapistId());
                                    locationIds.add(session.locationId());
                                    serviceIds.add(session.serviceId());
                                }
                                staff.stream().filter(t -> therapistIds.contains(t.id()))
                                        .map(BookingFhirMapping::practitioner).forEach(found::add);
                                places.stream().filter(l -> locationIds.contains(l.id()))
                                        .map(BookingFhirMapping::location).forEach(found::add);
                                services.stream().filter(s -> serviceIds.contains(s.id()))
                                        .map(BookingFhirMapping::healthcareService).forEach(found::add);
                                return SearchBundles.page(uri, found, null);
                            })))));
        });
    }

    /** Booking's part of the API's CapabilityStatement (the gateway publishes the merged one). */
    @GET
    @Path("/metadata")
    @Operation(hidden = true)
    public CapabilityStatement metadata() {
        return Capabilities.of("Remedy booking-service", List.of(
                TypeSupport.read("Patient", "A client of the chain"),
                TypeSupport.read("Practitioner", "A therapist of the chain"),
                TypeSupport.read("Location", "A location (branch) of the chain"),
                TypeSupport.read("HealthcareService", "A service of the chain's catalogue"),
                new TypeSupport("Appointment", "A session: status, client, therapist, location, start and end", List.of(
                        new SearchParameter("patient", SearchParamType.REFERENCE, "The client: Patient/<id>"),
                        new SearchParameter("date", SearchParamType.DATE, "Start, with ge/gt/le/lt/eq"),
                        new SearchParameter("status", SearchParamType.TOKEN, "Appointment status codes")))));
    }

    /** True when a client searches for another patient than themself: they find nothing (staff find what they may). */
    private Uni<Boolean> ownedBySomeoneElse(UUID patient) {
        if (patient == null || caller.isStaff()) {
            return Uni.createFrom().item(false);
        }
        return clients.me(caller).map(me -> !me.id().equals(patient));
    }

    private Uni<Bundle> bundle(UriInfo uri, AppointmentSearch search, Page<SessionResponse> page) {
        return serviceNames().map(names -> SearchBundles.page(uri, page.items().stream()
                .filter(session -> search.wants(session.status()))
                .map(session -> BookingFhirMapping.appointment(session, names)).toList(), page.nextCursor()));
    }

    private Uni<Map<UUID, String>> serviceNames() {
        return catalogue.all(caller).map(all -> all.stream()
                .collect(Collectors.toMap(ServiceResponse::id, ServiceResponse::name, (a, b) -> a)));
    }
}
