package io.remedy.notification.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An integrator's endpoint on this machine: a real HTTP server that keeps every request and answers the status codes
 * it was given, one per request, then 200.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(HttpHeaders headers, String body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final int port;
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private Receiver(int port) {
        this.port = port;
    }

    /** A receiver listening now, answering these codes first. */
    static Receiver answering(Integer... codes) {
        Receiver receiver = new Receiver(0);
        receiver.answers.addAll(List.of(codes));
        receiver.start();
        return receiver;
    }

    /** A receiver on a free port that is not listening yet (down until {@link #start()}). */
    static Receiver down() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return new Receiver(probe.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = exchange.getRequestHeaders();
            received.add(new Received(HttpHeaders.of(headers, (name, value) -> true), body));
            int status;
            synchronized (answers) {
                status = answers.isEmpty() ? 200 : answers.poll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server == null ? port : server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + (server == null ? port : server.getAddress().getPort()) + "/hooks/remedy";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
