package io.remedy.booking.fhir;

/**
 * What booking's FHIR resources look like, for the API document: demo-chain values as {@link BookingFhirMapping}
 * writes them (a Harbour client, Ana Costa, the Norwich branch, a 60-minute remedial massage).
 */
final class BookingFhirExamples {

    static final String PATIENT = """
            {"resourceType": "Patient", "id": "9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b", "active": true,
             "name": [{"use": "official", "family": "Carter", "given": ["Sam"]}],
             "telecom": [{"system": "email", "value": "sam.client@harbour.test"},
                         {"system": "phone", "value": "+447700900123", "use": "mobile"}],
             "birthDate": "1988-04-12",
             "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "en-GB"}]},
                                "preferred": true}]}""";

    static final String PRACTITIONER = """
            {"resourceType": "Practitioner", "id": "5f0e1d2c-3b4a-4968-8776-a5b4c3d2e1f0", "active": true,
             "name": [{"text": "Ana Costa"}],
             "telecom": [{"system": "email", "value": "ana.therapist@harbour.test", "use": "work"}]}""";

    static final String LOCATION = """
            {"resourceType": "Location", "id": "0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10",
             "identifier": [{"system": "https://remedy.io/fhir/location-code", "value": "norwich"}],
             "status": "active", "name": "Harbour Norwich", "description": "Time zone Europe/London",
             "mode": "instance", "address": {"text": "12 Quay Street, Norwich NR1 1AA"}}""";

    static final String HEALTHCARE_SERVICE = """
            {"resourceType": "HealthcareService", "id": "c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b", "active": true,
             "type": [{"coding": [{"system": "https://remedy.io/fhir/service",
                                   "code": "c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b",
                                   "display": "Remedial massage 60 min"}], "text": "Remedial massage 60 min"}],
             "name": "Remedial massage 60 min",
             "comment": "60 minutes, then 15 minutes before the room and therapist are free again",
             "appointmentRequired": true}""";

    static final String APPOINTMENT = """
            {"resourceType": "Appointment", "id": "2c4e6a8b-1d3f-4a5c-9e7b-0d2f4a6c8e1b", "status": "booked",
             "serviceType": [{"coding": [{"system": "https://remedy.io/fhir/service",
                                          "code": "c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b",
                                          "display": "Remedial massage 60 min"}], "text": "Remedial massage 60 min"}],
             "start": "2026-03-10T10:00:00.000+00:00", "end": "2026-03-10T11:00:00.000+00:00",
             "participant": [
               {"actor": {"reference": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"}, "required": "required",
                "status": "accepted"},
               {"actor": {"reference": "Practitioner/5f0e1d2c-3b4a-4968-8776-a5b4c3d2e1f0"}, "required": "required",
                "status": "accepted"},
               {"actor": {"reference": "Location/0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"}, "required": "required",
                "status": "accepted"}]}""";

    static final String APPOINTMENTS = """
            {"resourceType": "Bundle", "type": "searchset",
             "link": [{"relation": "self", "url": "http://localhost:8080/api/v1/fhir/r4/Appointment?\
            patient=Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b&date=ge2026-03-01"}],
             "entry": [{"fullUrl": "http://localhost:8080/api/v1/fhir/r4/Appointment/2c4e6a8b-1d3f-4a5c-9e7b-0d2f4a6c8e1b",
                        "resource":""" + APPOINTMENT + """
                        , "search": {"mode": "match"}}]}""";

    private BookingFhirExamples() {
    }
}
