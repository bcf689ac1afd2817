package io.remedy.e2e.openapi;

import io.remedy.e2e.Api;
import io.remedy.e2e.Clinic;
import io.remedy.e2e.Platform;
import io.remedy.e2e.client.ApiClient;
import io.remedy.e2e.client.ApiException;
import io.remedy.e2e.client.ApiResponse;
import io.remedy.e2e.client.api.ClientsApi;
import io.remedy.e2e.client.api.LocationsApi;
import io.remedy.e2e.client.api.ServicesApi;
import io.remedy.e2e.client.api.SessionsApi;
import io.remedy.e2e.client.api.TherapistsApi;
import io.remedy.e2e.client.model.Cancellation;
import io.remedy.e2e.client.model.CancellationReason;
import io.remedy.e2e.client.model.NewClient;
import io.remedy.e2e.client.model.NewSession;
import io.remedy.e2e.client.model.Reschedule;
import io.remedy.e2e.client.model.Session;
import io.remedy.e2e.client.model.SessionStatus;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Java client generated at build time from the published API document (openapi-generator) books, reschedules and
 * cancels a session through the gateway with the front desk's real token: the document describes the API as it
 * behaves.
 */
class GeneratedClientTest {

    @Test
    void frontDeskBooksReschedulesAndCancelsASessionThroughTheGeneratedClient() throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Platform.gatewayUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Api.token(Clinic.RECEPTION)));
        // the first page of each (no cursor, the default limit) holds the whole demo chain
        UUID norwich = new LocationsApi(client).listLocations(null, null).getItems().stream()
                .filter(location -> "norwich".equals(location.getCode())).findFirst().orElseThrow().getId();
        UUID massage = new ServicesApi(client).listServices(null, null).getItems().stream()
                .filter(service -> "Remedial massage 60 min".equals(service.getName())).findFirst().orElseThrow().getId();
        UUID ana = new TherapistsApi(client).listTherapists(null, null).getItems().stream()
                .filter(therapist -> "Ana Costa".equals(therapist.getDisplayName())).findFirst().orElseThrow().getId();
        UUID clientId = new ClientsApi(client).registerClient(new NewClient().givenName("Generated")
                .familyName("Client " + UUID.randomUUID()).email("generated-" + UUID.randomUUID() + "@e2e.test")
                .preferredLocationId(norwich), UUID.randomUUID().toString()).getId();
        SessionsApi sessions = new SessionsApi(client);

        String key = UUID.randomUUID().toString();
        NewSession booking = new NewSession().locationId(norwich).serviceId(massage).therapistId(ana).clientId(clientId)
                .startsAt(Clinic.nextSlot().atOffset(ZoneOffset.UTC));
        ApiResponse<Session> booked = sessions.bookSessionWithHttpInfo(booking, key);
        assertEquals(201, booked.getStatusCode());
        String location = booked.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Location")).findFirst().orElseThrow().getValue().get(0);
        assertTrue(location.endsWith("/api/v1/sessions/" + booked.getData().getId()), location);
        Session session = booked.getData();
        assertEquals(SessionStatus.BOOKED, session.getStatus());
        assertEquals(session.getId(), sessions.bookSession(booking, key).getId(), "a retry with the key is the first booking");

        Reschedule move = new Reschedule().startsAt(Clinic.nextSlot().atOffset(ZoneOffset.UTC));
        ApiException stale = assertThrows(ApiException.class,
                () -> sessions.rescheduleSession(session.getId(), move, "\"" + (session.getVersion() + 7) + "\""));
        assertEquals(412, stale.getCode());
        Session moved = sessions.rescheduleSession(session.getId(), move, etag(session));
        assertEquals(move.getStartsAt().toInstant(), moved.getStartsAt().toInstant());
        assertEquals(session.getId(), sessions.getSession(session.getId()).getId());

        Session cancelled = sessions.cancelSession(moved.getId(),
                new Cancellation().reason(CancellationReason.CLIENT_REQUEST), etag(moved));
        assertEquals(SessionStatus.CANCELLED, cancelled.getStatus());
        assertEquals(CancellationReason.CLIENT_REQUEST, cancelled.getCancellationReason());
    }

    private static String etag(Session session) {
        return "\"" + session.getVersion() + "\"";
    }
}
