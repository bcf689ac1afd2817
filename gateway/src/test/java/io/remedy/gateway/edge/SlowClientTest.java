package io.remedy.gateway.edge;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client trickling its request in (slowloris) loses its connection within the bound: the test profile allows a
 * request's headers 2 s and its body 2 s, and the client keeps sending a little every 500 ms, well inside any idle
 * timeout.
 */
@QuarkusTest
class SlowClientTest {

    @TestHTTPResource("/")
    URL gateway;

    private ScheduledExecutorService trickle;

    @BeforeEach
    void setUp() {
        StandIns.resetAll();
        trickle = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void tearDown() {
        trickle.shutdownNow();
    }

    /** Reads what the gateway sends until it closes the connection; {@code closed} turns true then. */
    private static Thread reader(Socket socket, ByteArrayOutputStream answer, AtomicBoolean closed) {
        Thread thread = new Thread(() -> {
            try (InputStream in = socket.getInputStream()) {
                byte[] buffer = new byte[1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (answer) {
                        answer.write(buffer, 0, n);
                    }
                }
            } catch (IOException reset) {
                // a reset is a close too
            }
            closed.set(true);
        }, "slow-client-reader");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Test
    void closesAConnectionWhoseHeadersTrickleIn() throws Exception {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/sessions HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicBoolean closed = new AtomicBoolean();
            reader(socket, new ByteArrayOutputStream(), closed);
            trickle.scheduleAtFixedRate(() -> {
                try {
                    out.write("X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException gone) {
                    // closed by the gateway
                }
            }, 500, 500, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(8)).untilTrue(closed);
        }
    }

    @Test
    void answers408AndClosesAConnectionWhoseBodyTricklesIn() throws Exception {
        String token = TestTokens.issue("slow-" + UUID.randomUUID(), "t-" + UUID.randomUUID(), List.of("norwich"),
                "receptionist");
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/sessions HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 10000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicBoolean closed = new AtomicBoolean();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            reader(socket, answer, closed);
            trickle.scheduleAtFixedRate(() -> {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException gone) {
                    // closed by the gateway
                }
            }, 500, 500, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(8)).untilTrue(closed);
            String text;
            synchronized (answer) {
                text = answer.toString(StandardCharsets.UTF_8);
            }
            assertTrue(text.startsWith("HTTP/1.1 408"), text);
            assertTrue(text.contains("application/problem+json"), text);
            assertTrue(StandIns.booking().requestsTo("/api/").isEmpty(), "nothing reached the service");
        }
    }
}
