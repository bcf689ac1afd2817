package io.remedy.notification.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.remedy.contracts.records.RedFlagRaised;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.local.testing.TestMailbox;
import io.remedy.local.testing.TestMailbox.Mail;
import io.remedy.notification.Fixture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff e-mail addresses from the realm's users, through Keycloak's Admin REST API and a service account. */
@QuarkusTest
@TestProfile(KeycloakDirectory.class)
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class StaffDirectoryTest {

    /** Fixed ids of the realm's demo users. */
    static final String ANA = "11111111-0000-4000-8000-000000000004";
    static final String MIA_MANAGER_NORWICH = "11111111-0000-4000-8000-000000000002";
    static final String BEN = "11111111-0000-4000-8000-000000000005";

    @Inject
    StaffDirectory directory;

    @Inject
    ObjectMapper json;

    @Test
    void findsAMemberOfStaffByLoginWithinTheirChainOnly() {
        assertTrue(directory.enabled());
        Optional<StaffMember> ana = directory.member("harbour", ANA).await().atMost(Duration.ofSeconds(30));
        assertEquals("ana.therapist@harbour.test", ana.orElseThrow().email());
        assertEquals(Optional.empty(), directory.member("summit", ANA).await().atMost(Duration.ofSeconds(30)));
        assertEquals(Optional.empty(), directory.member("harbour", UUID.randomUUID().toString())
                .await().atMost(Duration.ofSeconds(30)));
    }

    @Test
    void findsTheBranchManagersOfALocation() {
        List<StaffMember> norwich = directory.withRoleAt("harbour", "branch-manager", "norwich")
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(List.of(MIA_MANAGER_NORWICH), norwich.stream().map(StaffMember::userId).toList());
        assertEquals(List.of("manager.norwich@harbour.test"), norwich.stream().map(StaffMember::email).toList());
        assertEquals(List.of(), directory.withRoleAt("harbour", "branch-manager", "jupiter")
                .await().atMost(Duration.ofSeconds(30)));
        assertEquals(List.of(), directory.withRoleAt("summit", "branch-manager", "norwich")
                .await().atMost(Duration.ofSeconds(30)));
    }

    @Test
    void anUrgentRedFlagIsMailedToTheTreatingTherapistAndTheBranchManagers() throws Exception {
        UUID clientId = UUID.randomUUID();
        RedFlagRaised flag = new RedFlagRaised(UUID.randomUUID(), clientId, UUID.randomUUID(), "norwich",
                UUID.randomUUID(), ANA, null, List.of(RedFlagRaised.Finding.SADDLE_NUMBNESS),
                RedFlagRaised.Severity.URGENT, ANA, Instant.now());
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            events.publish(flag.eventType().topic(), UUID.randomUUID().toString(), flag.eventType().type(),
                    "/records", flag.subject(), "harbour", json.writeValueAsString(flag));
        }
        TestMailbox mailbox = new TestMailbox("127.0.0.1", LocalStackTestResource.imapPort());
        for (String address : List.of("ana.therapist@harbour.test", "manager.norwich@harbour.test")) {
            Mail alert = await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messagesTo(address).stream()
                    .filter(mail -> mail.text().contains(clientId.toString())).findFirst(), Optional::isPresent)
                    .orElseThrow();
            assertTrue(alert.subject().startsWith("URGENT red flag"), alert.subject());
            assertTrue(alert.text().contains("SADDLE_NUMBNESS"), alert.text());
            assertFalse(alert.text().contains("Sam"), "codes and references only");
        }
        assertTrue(Fixture.rows("select count(*) as n from delivery where about_id = ? and channel = 'EMAIL'"
                + " and status = 'SENT'", flag.redFlagId()).get(0).get("n").equals(2L));
    }

    @Test
    void anUrgentRedFlagAtABranchWithoutAManagerGoesToTheChainAdminsAndSaysSo() throws Exception {
        UUID clientId = UUID.randomUUID();
        RedFlagRaised flag = new RedFlagRaised(UUID.randomUUID(), clientId, UUID.randomUUID(), "jupiter",
                UUID.randomUUID(), BEN, null, List.of(RedFlagRaised.Finding.SADDLE_NUMBNESS),
                RedFlagRaised.Severity.URGENT, BEN, Instant.now());
        publish(flag);

        TestMailbox mailbox = new TestMailbox("127.0.0.1", LocalStackTestResource.imapPort());
        Mail alert = await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messagesTo("admin@harbour.test")
                .stream().filter(mail -> mail.text().contains(clientId.toString())).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertTrue(alert.subject().startsWith("URGENT red flag"), alert.subject());
        assertTrue(alert.text().contains("also goes to the chain's admins"), alert.text());
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.rows("select count(*) as n from delivery"
                + " where about_id = ? and status = 'SENT'", flag.redFlagId()).get(0).get("n").equals(4L));
        assertEquals(List.of(), Fixture.rows("select recipient, channel from delivery where about_id = ?"
                + " and status <> 'SENT'", flag.redFlagId()), "no dead letter, nothing left waiting");
        assertEquals(List.of("role:chain-admin@jupiter", "role:chain-admin@jupiter", "user:" + BEN, "user:" + BEN),
                Fixture.rows("select recipient from delivery where about_id = ? order by recipient, channel",
                        flag.redFlagId()).stream().map(row -> row.get("recipient")).toList());
    }

    @Test
    void anUrgentAlertThatCannotBeDeliveredIsHandedToTheChainAdmins() throws Exception {
        String unknownTherapist = UUID.randomUUID().toString();
        RedFlagRaised flag = new RedFlagRaised(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "norwich",
                UUID.randomUUID(), unknownTherapist, null, List.of(RedFlagRaised.Finding.SADDLE_NUMBNESS),
                RedFlagRaised.Severity.URGENT, unknownTherapist, Instant.now());
        publish(flag);

        Map<String, Object> escalated = await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.rows(
                        "select subject, status from delivery where about_id = ? and channel = 'IN_APP'"
                                + " and recipient = 'role:chain-admin@norwich'", flag.redFlagId()),
                rows -> rows.size() == 1 && "SENT".equals(rows.get(0).get("status"))).get(0);
        assertTrue(String.valueOf(escalated.get("subject")).startsWith("UNDELIVERED: URGENT red flag"),
                String.valueOf(escalated.get("subject")));
        assertEquals(1L, Fixture.rows("select count(*) as n from delivery where about_id = ? and status = 'DEAD'"
                + " and recipient = ?", flag.redFlagId(), "user:" + unknownTherapist).get(0).get("n"));
    }

    private void publish(RedFlagRaised flag) throws Exception {
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            events.publish(flag.eventType().topic(), UUID.randomUUID().toString(), flag.eventType().type(),
                    "/records", flag.subject(), "harbour", json.writeValueAsString(flag));
        }
    }

    /** The delivery events of these tests are published before the application stops. */
    @AfterEach
    void outboxDrained() {
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.rows(
                "select count(*) as n from remedy_platform.outbox where sent_at is null").get(0).get("n").equals(0L));
    }
}
