package io.remedy.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.records.RedFlagRaised;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class EventCatalogueTest {

    private static final Pattern TYPE_PATTERN =
            Pattern.compile("remedy\\.([a-z]+)\\.([a-z]+(?:-[a-z]+)*)\\.([a-z]+(?:-[a-z]+)*)\\.v([1-9][0-9]*)");

    @Test
    void everyTypeNamesItsProducerAggregateEventAndVersion() {
        for (EventType<?> type : EventCatalogue.all()) {
            Matcher m = TYPE_PATTERN.matcher(type.type());
            assertTrue(m.matches(), type.type() + " does not follow remedy.<service>.<aggregate>.<event>.v<N>");
            assertEquals(type.producer().shortName(), m.group(1), type.type() + " names another service than its producer");
        }
    }

    @Test
    void catalogueListsEveryTypeAndEveryRecordOnce() {
        List<EventType<?>> all = EventCatalogue.all();
        assertEquals(all.size(), all.stream().map(EventType::type).distinct().count(), "duplicate type");
        assertEquals(all.size(), all.stream().map(EventType::dataClass).distinct().count(), "record used twice");
    }

    @Test
    void catalogueCoversTheEventsOfTheArchitecture() {
        Set<String> types = EventCatalogue.all().stream().map(EventType::type).collect(Collectors.toSet());
        for (String expected : List.of(
                "remedy.booking.client.registered.v1", "remedy.booking.client.updated.v1",
                "remedy.booking.client.erased.v1", "remedy.booking.session.booked.v1",
                "remedy.booking.session.rescheduled.v1", "remedy.booking.session.cancelled.v1",
                "remedy.booking.session.completed.v1", "remedy.booking.session.no-show.v1",
                "remedy.booking.waitlist.offered.v1", "remedy.records.plan.updated.v1",
                "remedy.records.assessment.recorded.v1", "remedy.records.red-flag.raised.v1",
                "remedy.records.red-flag.cleared.v1", "remedy.records.note.overdue.v1",
                "remedy.notification.notification.delivered.v1", "remedy.notification.notification.failed.v1")) {
            assertTrue(types.contains(expected), "missing " + expected);
        }
    }

    @Test
    void everyEventIsPublishedOnAnEventTopicAndEveryEventTopicCarriesEvents() {
        Set<String> used = new HashSet<>();
        for (EventType<?> type : EventCatalogue.all()) {
            assertTrue(Topics.eventTopics().contains(type.topic()), type.type() + " on unknown topic " + type.topic());
            used.add(type.topic());
        }
        assertEquals(Set.copyOf(Topics.eventTopics()), used, "a topic without events");
    }

    @Test
    void topicsOfOneProducerStartWithItsName() {
        for (EventType<?> type : EventCatalogue.all()) {
            assertTrue(type.topic().startsWith("remedy." + type.producer().shortName() + "."), type.type());
        }
    }

    @Test
    void recordConstantsAgreeWithTheCatalogue() throws ReflectiveOperationException {
        for (EventType<?> type : EventCatalogue.all()) {
            Field typeField = type.dataClass().getField("TYPE");
            Field topicField = type.dataClass().getField("TOPIC");
            assertEquals(type.type(), typeField.get(null), type.dataClass().getSimpleName() + ".TYPE");
            assertEquals(type.topic(), topicField.get(null), type.dataClass().getSimpleName() + ".TOPIC");
        }
    }

    @Test
    void sourceIsTheProducersNameAfterASlash() {
        assertEquals("/booking", EventCatalogue.SESSION_BOOKED.source());
        assertEquals("/records", EventCatalogue.RED_FLAG_RAISED.source());
        assertEquals("/notification", EventCatalogue.NOTIFICATION_FAILED.source());
        for (EventType<?> type : EventCatalogue.all()) {
            assertEquals("/" + type.type().split("\\.")[1], type.source());
        }
    }

    @Test
    void keyFieldIsAUuidComponentOfTheRecordAndTheSubjectOfTheSample() throws ReflectiveOperationException {
        for (EventType<?> type : EventCatalogue.all()) {
            RecordComponent key = List.of(type.dataClass().getRecordComponents()).stream()
                    .filter(c -> c.getName().equals(type.keyField()))
                    .findFirst().orElseThrow(() -> new AssertionError(type.type() + " has no " + type.keyField()));
            assertEquals(UUID.class, key.getType(), type.type());
            IntegrationEvent sample = SampleEvents.all().get(type.dataClass());
            assertEquals(key.getAccessor().invoke(sample).toString(), sample.subject(), type.type());
        }
    }

    @Test
    void everySampleKnowsItsCatalogueEntry() {
        for (EventType<?> type : EventCatalogue.all()) {
            assertSame(type, SampleEvents.all().get(type.dataClass()).eventType());
        }
    }

    @Test
    void findsAnEventByTypeAndByRecord() {
        assertSame(EventCatalogue.SESSION_BOOKED, EventCatalogue.byType(SessionBooked.TYPE).orElseThrow());
        assertSame(EventCatalogue.RED_FLAG_RAISED, EventCatalogue.of(RedFlagRaised.class));
        assertTrue(EventCatalogue.byType("remedy.booking.session.booked.v9").isEmpty());
    }

    @Test
    void refusesARecordThatIsNotInTheCatalogue() {
        record Stray(UUID id) implements IntegrationEvent {
            @Override
            public String subject() {
                return id.toString();
            }
        }
        assertThrows(IllegalArgumentException.class, () -> EventCatalogue.of(Stray.class));
    }

    @Test
    void noServiceConsumesItsOwnEvents() {
        for (EventType<?> type : EventCatalogue.all()) {
            assertFalse(type.isConsumedBy(type.producer()), type.type());
            assertEquals(type.consumers().size(),
                    type.consumers().stream().map(EventType.Subscriber::service).distinct().count(), type.type());
        }
    }

    @Test
    void servicesSubscribeToTheTopicsTheArchitectureRoutesToThem() {
        assertEquals(List.of(Topics.PLANS, Topics.RED_FLAGS), EventCatalogue.topicsConsumedBy(Microservice.BOOKING));
        assertEquals(List.of(Topics.CLIENTS, Topics.SESSIONS), EventCatalogue.topicsConsumedBy(Microservice.RECORDS));
        assertEquals(List.of(Topics.CLIENTS, Topics.SESSIONS, Topics.WAITLIST, Topics.PLANS, Topics.RED_FLAGS,
                Topics.NOTES, Topics.INVOICES), EventCatalogue.topicsConsumedBy(Microservice.NOTIFICATION));
        assertTrue(EventCatalogue.consumedBy(Microservice.NOTIFICATION).contains(EventCatalogue.SESSION_BOOKED));
        assertEquals(6, EventCatalogue.producedBy(Microservice.RECORDS).size());
    }

    @Test
    void everyTopicHasADeadLetterTwin() {
        Set<String> all = Topics.all().stream().map(Topics.TopicSpec::name).collect(Collectors.toSet());
        for (EventType<?> type : EventCatalogue.all()) {
            assertEquals(type.topic() + ".dlq", type.deadLetterTopic());
            assertTrue(all.contains(type.deadLetterTopic()), type.deadLetterTopic());
        }
    }

    @Test
    void everyRecordReachableFromAnEventIgnoresUnknownProperties() {
        for (EventType<?> type : EventCatalogue.all()) {
            for (Class<?> record : recordsReachableFrom(type.dataClass())) {
                JsonIgnoreProperties ignore = record.getAnnotation(JsonIgnoreProperties.class);
                assertNotNull(ignore, record.getName());
                assertTrue(ignore.ignoreUnknown(), record.getName());
            }
        }
    }

    @Test
    void everyEnvelopeHeaderIsACloudEventsKafkaHeader() {
        for (String header : CloudEventHeaders.REQUIRED) {
            assertTrue(header.startsWith("ce_") || header.equals("content-type"), header);
        }
        assertEquals("ce_tenant", CloudEventHeaders.TENANT);
    }

    private static List<Class<?>> recordsReachableFrom(Class<?> root) {
        List<Class<?>> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Type type, List<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, found);
            }
        } else if (type instanceof Class<?> cls && cls.isRecord() && !found.contains(cls)) {
            found.add(cls);
            for (RecordComponent component : cls.getRecordComponents()) {
                collect(component.getGenericType(), found);
            }
        }
    }
}
