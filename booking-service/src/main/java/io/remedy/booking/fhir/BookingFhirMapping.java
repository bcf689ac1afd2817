package io.remedy.booking.fhir;

import io.remedy.booking.catalogue.ServiceView.ServiceResponse;
import io.remedy.booking.client.ClientView.ClientResponse;
import io.remedy.booking.location.LocationView.LocationResponse;
import io.remedy.booking.session.SessionStatus;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.booking.therapist.TherapistView.TherapistResponse;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;

import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * Booking's records as FHIR R4 resources: a client is a {@code Patient}, a therapist a {@code Practitioner}, a
 * location a {@code Location}, a service of the catalogue a {@code HealthcareService}, a session an
 * {@code Appointment}. Plain functions of the JSON API's views, so both APIs show the same data to the same caller.
 */
public final class BookingFhirMapping {

    /** The code system of a location's code (unique in its chain, the {@code locations} claim's values). */
    static final String LOCATION_CODE_SYSTEM = "https://remedy.io/fhir/location-code";
    /** The code system of the chain's service catalogue (codes are the services' ids). */
    static final String SERVICE_SYSTEM = "https://remedy.io/fhir/service";
    /** The code system of the hold reasons of a session. */
    static final String HOLD_REASON_SYSTEM = "https://remedy.io/fhir/session-hold-reason";
    /** Our cancellation reason codes. */
    static final String CANCELLATION_REASON_SYSTEM = "https://remedy.io/fhir/cancellation-reason";

    private BookingFhirMapping() {
    }

    public static Patient patient(ClientResponse client) {
        Patient patient = new Patient();
        patient.setId(client.id().toString());
        patient.setActive(client.erasedAt() == null);
        if (client.erasedAt() != null) {
            return patient;
        }
        HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(client.familyName());
        if (client.givenName() != null) {
            name.addGiven(client.givenName());
        }
        if (client.email() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(client.email());
        }
        if (client.phone() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setUse(ContactPoint.ContactPointUse.MOBILE).setValue(client.phone());
        }
        if (client.dateOfBirth() != null) {
            patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(client.dateOfBirth().toString()));
        }
        if (client.preferredLanguage() != null) {
            patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept().addCoding(
                    new Coding("urn:ietf:bcp:47", client.preferredLanguage(), null)));
        }
        return patient;
    }

    public static Practitioner practitioner(TherapistResponse therapist) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(therapist.id().toString());
        practitioner.setActive(true);
        practitioner.addName().setText(therapist.displayName());
        if (therapist.email() != null) {
            practitioner.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setUse(ContactPoint.ContactPointUse.WORK).setValue(therapist.email());
        }
        return practitioner;
    }

    public static Location location(LocationResponse location) {
        Location fhir = new Location();
        fhir.setId(location.id().toString());
        fhir.setStatus(Location.LocationStatus.ACTIVE);
        fhir.setMode(Location.LocationMode.INSTANCE);
        fhir.addIdentifier().setSystem(LOCATION_CODE_SYSTEM).setValue(location.code());
        fhir.setName(location.name());
        fhir.setDescription("Time zone " + location.timeZone());
        if (location.address() != null) {
            fhir.setAddress(new Address().setText(location.address()));
        }
        return fhir;
    }

    public static HealthcareService healthcareService(ServiceResponse service) {
        HealthcareService fhir = new HealthcareService();
        fhir.setId(service.id().toString());
        fhir.setActive(true);
        fhir.setName(service.name());
        fhir.addType(serviceType(service.id(), service.name()));
        fhir.setComment(service.durationMinutes() + " minutes, then " + service.bufferMinutes()
                + " minutes before the room and therapist are free again");
        fhir.setAppointmentRequired(true);
        return fhir;
    }

    /**
     * A session as an Appointment: its status, the client, therapist and location as participants, start and end, the
     * service booked as serviceType, a cancellation's reason, and a hold's reason as the comment.
     */
    public static Appointment appointment(SessionResponse session, Map<UUID, String> serviceNames) {
        Appointment appointment = new Appointment();
        appointment.setId(session.id().toString());
        appointment.setStatus(status(session.status()));
        appointment.setStart(Date.from(session.startsAt()));
        appointment.setEnd(Date.from(session.endsAt()));
        appointment.addServiceType(serviceType(session.serviceId(), serviceNames.get(session.serviceId())));
        appointment.addParticipant().setActor(new Reference("Patient/" + session.clientId()))
                .setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
        appointment.addParticipant().setActor(new Reference("Practitioner/" + session.therapistId()))
                .setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
        appointment.addParticipant().setActor(new Reference("Location/" + session.locationId()))
                .setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
        if (session.cancellationReason() != null) {
            appointment.setCancelationReason(new CodeableConcept().addCoding(new Coding(CANCELLATION_REASON_SYSTEM,
                    session.cancellationReason().name(), null)).setText(session.lateCancellation()
                    ? "Cancelled late (inside the notice window)" : null));
        }
        if (session.hold() != null) {
            appointment.setComment("Held for clearance: " + session.hold().reason()
                    + (session.hold().severity() == null ? "" : " (" + session.hold().severity() + ")")
                    + "; the client must be cleared before the session takes place");
        }
        return appointment;
    }

    /** Our status as FHIR's: a held session stays booked (the hold is in the comment). */
    public static AppointmentStatus status(SessionStatus status) {
        return switch (status) {
            case BOOKED -> AppointmentStatus.BOOKED;
            case CHECKED_IN -> AppointmentStatus.CHECKEDIN;
            case COMPLETED -> AppointmentStatus.FULFILLED;
            case CANCELLED -> AppointmentStatus.CANCELLED;
            case NO_SHOW -> AppointmentStatus.NOSHOW;
        };
    }

    private static CodeableConcept serviceType(UUID serviceId, String name) {
        return new CodeableConcept().addCoding(new Coding(SERVICE_SYSTEM, serviceId.toString(), name)).setText(name);
    }
}
