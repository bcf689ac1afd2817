package io.remedy.records.fhir;

/**
 * What records' FHIR resources look like, for the API document: demo-chain values as {@link RecordsFhirMapping}
 * writes them (a Harbour client with lower back pain, assessed and treated by Ana Costa at Norwich).
 */
final class RecordsFhirExamples {

    static final String OBSERVATION = """
            {"resourceType": "Observation", "id": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928-nrs", "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                       "code": "survey"}]}],
             "code": {"coding": [{"system": "http://loinc.org", "code": "72514-3",
                                  "display": "Pain severity - 0-10 verbal numeric rating"}],
                      "text": "Pain severity - 0-10 verbal numeric rating"},
             "subject": {"reference": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"},
             "effectiveDateTime": "2026-03-17T10:15:00+00:00", "issued": "2026-03-17T10:40:12.000+00:00",
             "performer": [{"reference": "Practitioner/5f0e1d2c-3b4a-4968-8776-a5b4c3d2e1f0"}],
             "valueQuantity": {"value": 4, "unit": "score", "system": "http://unitsofmeasure.org", "code": "{score}"},
             "component": [
               {"code": {"text": "Change from baseline"},
                "valueQuantity": {"value": -3.0, "unit": "score", "system": "http://unitsofmeasure.org",
                                  "code": "{score}"}},
               {"code": {"text": "Clinically important change from baseline"}, "valueBoolean": true}]}""";

    static final String OBSERVATIONS = """
            {"resourceType": "Bundle", "type": "searchset",
             "link": [{"relation": "self", "url": "http://localhost:8080/api/v1/fhir/r4/Observation?\
            patient=Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b&code=72514-3"}],
             "entry": [{"fullUrl": "http://localhost:8080/api/v1/fhir/r4/Observation/\
            7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928-nrs",
                        "resource":""" + OBSERVATION + """
                        , "search": {"mode": "match"}}]}""";

    static final String QUESTIONNAIRE = """
            {"resourceType": "Questionnaire", "id": "oswestry-disability-index",
             "url": "https://remedy.io/fhir/Questionnaire/oswestry-disability-index",
             "name": "OswestryDisabilityIndex", "title": "Oswestry Disability Index (ODI)", "status": "active",
             "subjectType": ["Patient"],
             "description": "Ten sections on how lower back pain affects daily life, each answered 0 (no limitation) \
            to 5 (worst), a section may be skipped. Score = sum / (5 x sections answered) x 100 %.",
             "item": [{"linkId": "1", "text": "Pain intensity", "type": "integer", "required": false},
                      {"linkId": "2", "text": "Personal care (washing, dressing, etc.)", "type": "integer",
                       "required": false},
                      {"linkId": "3", "text": "Lifting", "type": "integer", "required": false},
                      {"linkId": "4", "text": "Walking", "type": "integer", "required": false},
                      {"linkId": "5", "text": "Sitting", "type": "integer", "required": false},
                      {"linkId": "6", "text": "Standing", "type": "integer", "required": false},
                      {"linkId": "7", "text": "Sleeping", "type": "integer", "required": false},
                      {"linkId": "8", "text": "Sex life (if applicable)", "type": "integer", "required": false},
                      {"linkId": "9", "text": "Social life", "type": "integer", "required": false},
                      {"linkId": "10", "text": "Travelling", "type": "integer", "required": false}]}""";

    static final String QUESTIONNAIRE_RESPONSE = """
            {"resourceType": "QuestionnaireResponse", "id": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928",
             "questionnaire": "https://remedy.io/fhir/Questionnaire/oswestry-disability-index", "status": "completed",
             "subject": {"reference": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"},
             "authored": "2026-03-17T10:15:00+00:00",
             "author": {"reference": "Practitioner/5f0e1d2c-3b4a-4968-8776-a5b4c3d2e1f0"},
             "item": [{"linkId": "1", "text": "Pain intensity", "answer": [{"valueInteger": 2}]},
                      {"linkId": "2", "text": "Personal care (washing, dressing, etc.)", "answer": [{"valueInteger": 1}]},
                      {"linkId": "3", "text": "Lifting", "answer": [{"valueInteger": 3}]},
                      {"linkId": "4", "text": "Walking", "answer": [{"valueInteger": 1}]},
                      {"linkId": "5", "text": "Sitting", "answer": [{"valueInteger": 2}]},
                      {"linkId": "6", "text": "Standing", "answer": [{"valueInteger": 2}]},
                      {"linkId": "7", "text": "Sleeping", "answer": [{"valueInteger": 1}]},
                      {"linkId": "9", "text": "Social life", "answer": [{"valueInteger": 2}]},
                      {"linkId": "10", "text": "Travelling", "answer": [{"valueInteger": 2}]}]}""";

    static final String CARE_PLAN = """
            {"resourceType": "CarePlan", "id": "4d3c2b1a-0f9e-48d7-b6a5-f4e3d2c1b0a9", "status": "active",
             "intent": "plan", "title": "Treatment plan (version 2)",
             "description": "Techniques: deep tissue, trigger point therapy. Regions in order: gluteals > quadratus \
            lumborum > lumbar paraspinals. Review on 2026-04-28",
             "subject": {"reference": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"},
             "period": {"end": "2026-04-28"}, "created": "2026-03-03T11:20:00.000+00:00",
             "author": {"reference": "Practitioner/5f0e1d2c-3b4a-4968-8776-a5b4c3d2e1f0"},
             "goal": [{"reference": "Goal/4d3c2b1a-0f9e-48d7-b6a5-f4e3d2c1b0a9-p1g1"}],
             "activity": [
               {"detail": {"kind": "Appointment", "status": "in-progress",
                           "scheduledTiming": {"repeat": {"count": 6, "frequency": 1, "period": 1, "periodUnit": "wk"}},
                           "description": "Phase 1: Relief, a session every week, 6 sessions"}},
               {"detail": {"code": {"text": "Homework: Knee-to-chest stretch"}, "status": "in-progress",
                           "scheduledTiming": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}},
                           "description": "Lie on your back, draw one knee to your chest, hold 30 seconds, three \
            times each side (5 days a week)"}}]}""";

    static final String CARE_PLANS = """
            {"resourceType": "Bundle", "type": "searchset",
             "link": [{"relation": "self", "url": "http://localhost:8080/api/v1/fhir/r4/CarePlan?\
            patient=Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"}],
             "entry": [{"fullUrl": "http://localhost:8080/api/v1/fhir/r4/CarePlan/4d3c2b1a-0f9e-48d7-b6a5-f4e3d2c1b0a9",
                        "resource":""" + CARE_PLAN + """
                        , "search": {"mode": "match"}}]}""";

    static final String GOAL = """
            {"resourceType": "Goal", "id": "4d3c2b1a-0f9e-48d7-b6a5-f4e3d2c1b0a9-p1g1", "lifecycleStatus": "active",
             "achievementStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/goal-achievement",
                                               "code": "in-progress"}]},
             "description": {"text": "Sit through a work shift without pain"},
             "subject": {"reference": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"},
             "target": [{"measure": {"coding": [{"system": "http://loinc.org", "code": "72514-3",
                                                 "display": "Pain severity - 0-10 verbal numeric rating"}]},
                         "detailRange": {"high": {"value": 3, "unit": "score", "system": "http://unitsofmeasure.org",
                                                  "code": "{score}"}}}],
             "statusDate": "2026-04-28",
             "note": [{"text": "Phase 1 of the treatment plan: Relief"}]}""";

    static final String CONSENT = """
            {"resourceType": "Consent", "id": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b", "status": "active",
             "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                                   "code": "treatment"}]},
             "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0", "display": "Patient Consent"}],
                           "text": "Consent to assessment and treatment"}],
             "patient": {"reference": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"},
             "dateTime": "2026-03-03T09:30:00+00:00",
             "policy": [{"uri": "https://remedy.io/fhir/consent-text/treatment-2026-01"}],
             "provision": {"type": "permit"}}""";

    static final String CONDITION = """
            {"resourceType": "Condition", "id": "6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f",
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                            "code": "active"}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                       "code": "problem-list-item"}]}],
             "severity": {"coding": [{"system": "http://snomed.info/sct", "code": "24484000", "display": "Severe"}],
                          "text": "URGENT: same-day referral to a doctor"},
             "code": {"coding": [{"system": "https://remedy.io/fhir/red-flag-finding", "code": "SADDLE_NUMBNESS"},
                                 {"system": "https://remedy.io/fhir/red-flag-finding", "code": "BLADDER_DYSFUNCTION"}],
                      "text": "Red flag for lower back pain: saddle numbness, bladder dysfunction"},
             "subject": {"reference": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"},
             "recordedDate": "2026-03-17T10:32:00+00:00",
             "recorder": {"reference": "Practitioner/5f0e1d2c-3b4a-4968-8776-a5b4c3d2e1f0"}}""";

    static final String AUDIT_EVENTS = """
            {"resourceType": "Bundle", "type": "searchset",
             "link": [{"relation": "self", "url": "http://localhost:8080/api/v1/fhir/r4/AuditEvent?\
            patient=Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"}],
             "entry": [{"fullUrl": "http://localhost:8080/api/v1/fhir/r4/AuditEvent/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                        "resource": {
                          "resourceType": "AuditEvent", "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                          "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-event-type", "code": "rest"},
                          "action": "R", "recorded": "2026-03-17T10:41:05.000+00:00", "outcome": "0",
                          "outcomeDesc": "read assessment",
                          "agent": [{"role": [{"text": "therapist"}],
                                     "who": {"identifier": {"system": "https://remedy.io/fhir/user",
                                                            "value": "6d1f3b5a-7c9e-4b2d-8f4a-1c3e5a7b9d2f"},
                                             "display": "Ana Costa"},
                                     "requestor": true}],
                          "source": {"site": "norwich", "observer": {"display": "Remedy records-service"}},
                          "entity": [{"what": {"reference": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"},
                                      "description": "assessment"}]},
                        "search": {"mode": "match"}}]}""";

    private RecordsFhirExamples() {
    }
}
