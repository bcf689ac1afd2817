package io.remedy.contracts;

import io.remedy.contracts.billing.InvoiceIssued;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.contracts.billing.PaymentMethod;
import io.remedy.contracts.billing.PaymentReceived;
import io.remedy.contracts.billing.PackageSold;
import io.remedy.contracts.billing.PaymentRefunded;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.ClientUpdated;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.contracts.booking.WaitlistOfferExpired;
import io.remedy.contracts.booking.WaitlistOffered;
import io.remedy.contracts.notification.Channel;
import io.remedy.contracts.notification.NotificationDelivered;
import io.remedy.contracts.notification.NotificationFailed;
import io.remedy.contracts.notification.Recipient;
import io.remedy.contracts.records.AssessmentRecorded;
import io.remedy.contracts.records.NoteOverdue;
import io.remedy.contracts.records.PlanSeriesSet;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.contracts.records.RedFlagCleared;
import io.remedy.contracts.records.RedFlagRaised;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A realistic instance of every event of the catalogue (the demo chain's Norwich branch), equal to the shipped examples. */
final class SampleEvents {

    private SampleEvents() {
    }

    /** One sample per event data class. */
    static Map<Class<? extends IntegrationEvent>, IntegrationEvent> all() {
        Map<Class<? extends IntegrationEvent>, IntegrationEvent> samples = new LinkedHashMap<>();
        samples.put(ClientRegistered.class, clientRegistered());
        samples.put(ClientUpdated.class, clientUpdated());
        samples.put(ClientErased.class, clientErased());
        samples.put(SessionBooked.class, sessionBooked());
        samples.put(SessionRescheduled.class, sessionRescheduled());
        samples.put(SessionCancelled.class, sessionCancelled());
        samples.put(SessionCompleted.class, sessionCompleted());
        samples.put(SessionNoShow.class, sessionNoShow());
        samples.put(WaitlistOffered.class, waitlistOffered());
        samples.put(WaitlistOfferExpired.class, waitlistOfferExpired());
        samples.put(PlanUpdated.class, planUpdated());
        samples.put(PlanSeriesSet.class, planSeriesSet());
        samples.put(AssessmentRecorded.class, assessmentRecorded());
        samples.put(RedFlagRaised.class, redFlagRaised());
        samples.put(RedFlagCleared.class, redFlagCleared());
        samples.put(NoteOverdue.class, noteOverdue());
        samples.put(NotificationDelivered.class, notificationDelivered());
        samples.put(NotificationFailed.class, notificationFailed());
        samples.put(InvoiceIssued.class, invoiceIssued());
        samples.put(PaymentReceived.class, paymentReceived());
        samples.put(PaymentRefunded.class, paymentRefunded());
        samples.put(PackageSold.class, packageSold());
        return samples;
    }

    static ClientRegistered clientRegistered() {
        return new ClientRegistered(
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                "Sam",
                "Taylor",
                "sam.client@harbour.test",
                "+447700900123",
                "en-GB",
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                Instant.parse("2026-03-01T09:15:00Z"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                0);
    }

    static ClientUpdated clientUpdated() {
        return new ClientUpdated(
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                "Sam",
                "Taylor",
                "sam.client@harbour.test",
                "+447700900456",
                "en-GB",
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                Instant.parse("2026-03-05T17:40:00Z"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                1);
    }

    static ClientErased clientErased() {
        return new ClientErased(
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                Instant.parse("2026-06-30T12:00:00Z"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6");
    }

    static SessionBooked sessionBooked() {
        return new SessionBooked(
                UUID.fromString("2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                "Harbour Remedial Massage Norwich",
                "Europe/London",
                UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b"),
                "Remedial massage 60 min",
                60,
                UUID.fromString("5e6f7081-92a3-44b5-86c7-d8e9fa0b1c2d"),
                "Ana Costa",
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                UUID.fromString("6a1d2c3b-8e4f-4b5a-9c6d-7e8f9a0b1c2d"),
                "Room 1",
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                Instant.parse("2026-03-10T10:00:00Z"),
                Instant.parse("2026-03-10T11:00:00Z"),
                UUID.fromString("4d3c2b1a-0f9e-48d7-b6a5-f4e3d2c1b0a9"),
                "b7c8d9e0-f1a2-43b4-95c6-d7e8f9a0b1c2",
                Instant.parse("2026-03-02T14:05:00Z"),
                "12 Quay Street, Norwich NR1 1AA",
                0);
    }

    static SessionRescheduled sessionRescheduled() {
        return new SessionRescheduled(
                UUID.fromString("2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                "Harbour Remedial Massage Norwich",
                "Europe/London",
                UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b"),
                "Remedial massage 60 min",
                60,
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                new SessionRescheduled.Slot(UUID.fromString("5e6f7081-92a3-44b5-86c7-d8e9fa0b1c2d"), "Ana Costa", "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b", UUID.fromString("6a1d2c3b-8e4f-4b5a-9c6d-7e8f9a0b1c2d"), "Room 1", Instant.parse("2026-03-10T10:00:00Z"), Instant.parse("2026-03-10T11:00:00Z")),
                new SessionRescheduled.Slot(UUID.fromString("6f708192-a3b4-45c6-97d8-e9fa0b1c2d3e"), "Ben Okafor", "a4c3b2d1-5e6f-4071-9b8c-0d1e2f3a4b5c", UUID.fromString("7b2e3d4c-9f50-4c6b-8d7e-8f9a0b1c2d3e"), "Room 2", Instant.parse("2026-03-12T15:30:00Z"), Instant.parse("2026-03-12T16:30:00Z")),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                Instant.parse("2026-03-04T08:20:00Z"),
                "12 Quay Street, Norwich NR1 1AA",
                1);
    }

    static SessionCancelled sessionCancelled() {
        return new SessionCancelled(
                UUID.fromString("2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                "Harbour Remedial Massage Norwich",
                "Europe/London",
                UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b"),
                "Remedial massage 60 min",
                UUID.fromString("5e6f7081-92a3-44b5-86c7-d8e9fa0b1c2d"),
                "Ana Costa",
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                UUID.fromString("6a1d2c3b-8e4f-4b5a-9c6d-7e8f9a0b1c2d"),
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                Instant.parse("2026-03-10T10:00:00Z"),
                Instant.parse("2026-03-10T11:00:00Z"),
                SessionCancelled.Party.CLIENT,
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                "ILLNESS",
                true,
                Instant.parse("2026-03-09T18:30:00Z"),
                2500,
                "GBP",
                2000,
                "12 Quay Street, Norwich NR1 1AA",
                2);
    }

    static SessionCompleted sessionCompleted() {
        return new SessionCompleted(
                UUID.fromString("2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                "Harbour Remedial Massage Norwich",
                "Europe/London",
                UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b"),
                "Remedial massage 60 min",
                UUID.fromString("5e6f7081-92a3-44b5-86c7-d8e9fa0b1c2d"),
                "Ana Costa",
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                UUID.fromString("6a1d2c3b-8e4f-4b5a-9c6d-7e8f9a0b1c2d"),
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                Instant.parse("2026-03-10T10:00:00Z"),
                Instant.parse("2026-03-10T11:00:00Z"),
                UUID.fromString("4d3c2b1a-0f9e-48d7-b6a5-f4e3d2c1b0a9"),
                Instant.parse("2026-03-10T09:54:00Z"),
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                Instant.parse("2026-03-10T11:02:00Z"),
                7500,
                "GBP",
                2000,
                "MTI-20417",
                "12 Quay Street, Norwich NR1 1AA");
    }

    static SessionNoShow sessionNoShow() {
        return new SessionNoShow(
                UUID.fromString("2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                "Harbour Remedial Massage Norwich",
                "Europe/London",
                UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b"),
                "Remedial massage 60 min",
                UUID.fromString("5e6f7081-92a3-44b5-86c7-d8e9fa0b1c2d"),
                "Ana Costa",
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                UUID.fromString("6a1d2c3b-8e4f-4b5a-9c6d-7e8f9a0b1c2d"),
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                Instant.parse("2026-03-10T10:00:00Z"),
                Instant.parse("2026-03-10T11:00:00Z"),
                "b7c8d9e0-f1a2-43b4-95c6-d7e8f9a0b1c2",
                Instant.parse("2026-03-10T10:20:00Z"),
                7500,
                "GBP",
                2000,
                "12 Quay Street, Norwich NR1 1AA");
    }

    static WaitlistOffered waitlistOffered() {
        return new WaitlistOffered(
                UUID.fromString("5b6c7d8e-9fa0-41b2-93c4-d5e6f7a8b9c0"),
                UUID.fromString("6c7d8e9f-a0b1-42c3-84d5-e6f7a8b9c0d1"),
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                "Harbour Remedial Massage Norwich",
                "Europe/London",
                UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b"),
                "Remedial massage 60 min",
                60,
                UUID.fromString("5e6f7081-92a3-44b5-86c7-d8e9fa0b1c2d"),
                "Ana Costa",
                Instant.parse("2026-03-10T10:00:00Z"),
                Instant.parse("2026-03-10T11:00:00Z"),
                UUID.fromString("0e1d2c3b-4a59-4687-b6a5-94837261504f"),
                Instant.parse("2026-03-09T18:31:00Z"),
                Instant.parse("2026-03-09T21:31:00Z"));
    }

    static WaitlistOfferExpired waitlistOfferExpired() {
        return new WaitlistOfferExpired(
                UUID.fromString("5b6c7d8e-9fa0-41b2-93c4-d5e6f7a8b9c0"),
                UUID.fromString("6c7d8e9f-a0b1-42c3-84d5-e6f7a8b9c0d1"),
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                WaitlistOfferExpired.Reason.SLOT_TAKEN,
                Instant.parse("2026-03-09T19:02:00Z"));
    }

    static PlanUpdated planUpdated() {
        return new PlanUpdated(
                UUID.fromString("4d3c2b1a-0f9e-48d7-b6a5-f4e3d2c1b0a9"),
                2,
                PlanUpdated.Status.ACTIVE,
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                UUID.fromString("5e6f7081-92a3-44b5-86c7-d8e9fa0b1c2d"),
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b"),
                List.of(
                        new PlanUpdated.Phase("Relief", List.of(
                                new PlanUpdated.Goal(UUID.fromString("a1b2c3d4-e5f6-4071-8293-a4b5c6d7e8f9"), "Pain at most 3 out of 10 after a work shift", PlanUpdated.Measure.NRS, 3, false)), 1, 6),
                        new PlanUpdated.Phase("Restore", List.of(
                                new PlanUpdated.Goal(UUID.fromString("b2c3d4e5-f607-4182-93a4-b5c6d7e8f9a0"), "Disability index at most 20 %", PlanUpdated.Measure.ODI, 20, false),
                                new PlanUpdated.Goal(UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f9a0b1"), "Lift a patient with the team without back pain", null, null, false)), 2, 4),
                        new PlanUpdated.Phase("Maintain", List.of(), 4, null)),
                List.of(PlanUpdated.Technique.MYOFASCIAL_RELEASE, PlanUpdated.Technique.TRIGGER_POINT, PlanUpdated.Technique.MUSCLE_ENERGY_TECHNIQUE, PlanUpdated.Technique.STRETCHING_AND_STRENGTHENING),
                List.of("FEET", "CALVES", "HAMSTRINGS", "GLUTEALS", "QUADRATUS_LUMBORUM", "LUMBAR_PARASPINALS"),
                List.of(
                        new PlanUpdated.Homework(UUID.fromString("d4e5f607-1829-43a4-b5c6-d7e8f9a0b1c2"), "Knee-to-chest stretch", "Lie on your back, draw one knee to your chest and hold for 30 seconds; 3 times each side.", 2, 7),
                        new PlanUpdated.Homework(UUID.fromString("e5f60718-293a-44b5-86c7-d8e9f0a1b2c3"), "Walk", "Walk at an easy pace for 20 minutes.", null, 5)),
                LocalDate.parse("2026-04-21"),
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                Instant.parse("2026-03-10T11:30:00Z"),
                "SCHEDULED_REVIEW");
    }

    static PlanSeriesSet planSeriesSet() {
        return PlanSeriesSet.of(planUpdated());
    }

    static AssessmentRecorded assessmentRecorded() {
        return new AssessmentRecorded(
                UUID.fromString("3e4f5a6b-7c8d-49e0-a1b2-c3d4e5f6a7b8"),
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                UUID.fromString("5e6f7081-92a3-44b5-86c7-d8e9fa0b1c2d"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                UUID.fromString("2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7"),
                Instant.parse("2026-03-10T10:10:00Z"),
                false,
                4,
                31.1,
                AssessmentRecorded.OdiBand.MODERATE,
                9);
    }

    static RedFlagRaised redFlagRaised() {
        return new RedFlagRaised(
                UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                UUID.fromString("5e6f7081-92a3-44b5-86c7-d8e9fa0b1c2d"),
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                UUID.fromString("2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7"),
                List.of(RedFlagRaised.Finding.SADDLE_NUMBNESS, RedFlagRaised.Finding.BLADDER_DYSFUNCTION),
                RedFlagRaised.Severity.URGENT,
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                Instant.parse("2026-03-10T10:12:00Z"));
    }

    static RedFlagCleared redFlagCleared() {
        return new RedFlagCleared(
                UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                RedFlagCleared.Clearance.MEDICAL_CLEARANCE,
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                Instant.parse("2026-03-17T09:00:00Z"));
    }

    static NoteOverdue noteOverdue() {
        return new NoteOverdue(
                UUID.fromString("8c7b6a59-4837-4261-a5f4-e3d2c1b0a998"),
                UUID.fromString("2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7"),
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                UUID.fromString("5e6f7081-92a3-44b5-86c7-d8e9fa0b1c2d"),
                "f3b2a1c0-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                "Europe/London",
                Instant.parse("2026-03-10T10:00:00Z"),
                Instant.parse("2026-03-11T11:00:00Z"));
    }

    static NotificationDelivered notificationDelivered() {
        return new NotificationDelivered(
                UUID.fromString("7d8e9fa0-b1c2-43d4-95e6-f7a8b9c0d1e2"),
                Channel.EMAIL,
                "BOOKING_CONFIRMATION",
                new Recipient(Recipient.Kind.CLIENT, UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"), "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "e0f1a2b3-c4d5-4e6f-8a7b-9c0d1e2f3a4b",
                "remedy.booking.session.booked.v1",
                1,
                Instant.parse("2026-03-02T14:05:03Z"));
    }

    static NotificationFailed notificationFailed() {
        return new NotificationFailed(
                UUID.fromString("7d8e9fa0-b1c2-43d4-95e6-f7a8b9c0d1e2"),
                Channel.SMS,
                "SESSION_REMINDER",
                new Recipient(Recipient.Kind.CLIENT, UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"), "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "e0f1a2b3-c4d5-4e6f-8a7b-9c0d1e2f3a4b",
                "remedy.booking.session.booked.v1",
                5,
                "PROVIDER_UNAVAILABLE",
                "HTTP 503 from SMS provider",
                Instant.parse("2026-03-09T10:07:00Z"));
    }

    static InvoiceIssued invoiceIssued() {
        return new InvoiceIssued(
                UUID.fromString("7c6b5a49-3827-4160-9f5e-4d3c2b1a0f9e"),
                "NORWICH-2026-000123",
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                UUID.fromString("2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7"),
                "GBP",
                6250,
                1250,
                7500,
                Instant.parse("2026-03-10T11:02:01Z"));
    }

    static PaymentReceived paymentReceived() {
        return new PaymentReceived(
                UUID.fromString("3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b"),
                UUID.fromString("7c6b5a49-3827-4160-9f5e-4d3c2b1a0f9e"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                PaymentMethod.CARD_TERMINAL,
                5000,
                "GBP",
                InvoiceStatus.PART_PAID,
                2500,
                Instant.parse("2026-03-10T11:05:00Z"));
    }

    static PaymentRefunded paymentRefunded() {
        return new PaymentRefunded(
                UUID.fromString("5b4a3928-1706-4f5e-9d4c-3b2a19080706"),
                UUID.fromString("3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b"),
                UUID.fromString("7c6b5a49-3827-4160-9f5e-4d3c2b1a0f9e"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                1000,
                "GBP",
                InvoiceStatus.PART_PAID,
                3500,
                Instant.parse("2026-03-11T09:30:00Z"));
    }

    static PackageSold packageSold() {
        return new PackageSold(
                UUID.fromString("6d5c4b3a-2918-4f7e-8d6c-5b4a39281706"),
                UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
                UUID.fromString("4d3c2b1a-0f9e-48d7-b6a5-f4e3d2c1b0a9"),
                UUID.fromString("8d7c6b5a-4938-4271-a0f9-5e4d3c2b1a0f"),
                UUID.fromString("0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10"),
                "norwich",
                UUID.fromString("9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"),
                UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b"),
                10,
                70000,
                "GBP",
                Instant.parse("2026-03-10T12:00:00Z"),
                Instant.parse("2026-09-06T12:00:00Z"));
    }
}
