package io.remedy.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small local HTTP server standing in for one service behind the gateway: it records what arrives and answers as
 * told, to observe the gateway and to inject slowness and failures. Tests steer it over HTTP (it runs in the test
 * resource's class loader), through {@link StandIns}:
 * <ul>
 *   <li>{@code POST /__standin/reset}: forget rules and recorded requests;</li>
 *   <li>{@code POST /__standin/rules}: add a rule {@code {method?, path (prefix), status, headers, body, delayMs,
 *       times (-1 = always), chunked, holdMs, repeatMs}}; the first rule that matches and has times left answers (a
 *       chunked answer stays open {@code holdMs} after its body, as an event stream does, sending the body again
 *       every {@code repeatMs} meanwhile);</li>
 *   <li>{@code GET /__standin/requests}: what arrived, oldest first;</li>
 *   <li>{@code POST /__standin/outage?millis=n}: stop listening for n ms (connections are refused meanwhile).</li>
 * </ul>
 * Without a rule it answers readiness with 200, its API document with 404, and anything else with an echo of the
 * request as JSON.
 */
public final class StandIn {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final int port;
    private final List<ObjectNode> rules = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> requests = new CopyOnWriteArrayList<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stand-in");
        thread.setDaemon(true);
        return thread;
    });
    private volatile HttpServer server;

    public StandIn(String name) {
        this.name = name;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void stop() {
        server.stop(0);
        workers.shutdownNow();
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 64);
            created.createContext("/", this::handle);
            created.setExecutor(workers);
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/__standin/")) {
                control(exchange, path.substring("/__standin/".length()));
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            ObjectNode request = describe(exchange, body);
            requests.add(request);
            answer(exchange, request);
        }
    }

    private void control(HttpExchange exchange, String command) throws IOException {
        switch (command) {
            case "reset" -> {
                rules.clear();
                requests.clear();
                send(exchange, 204, null, Map.of());
            }
            case "rules" -> {
                try (InputStream in = exchange.getRequestBody()) {
                    rules.add((ObjectNode) JSON.readTree(in));
                }
                send(exchange, 204, null, Map.of());
            }
            case "requests" -> {
                ArrayNode all = JSON.createArrayNode();
                requests.forEach(all::add);
                send(exchange, 200, JSON.writeValueAsBytes(all), Map.of("Content-Type", "application/json"));
            }
            case "outage" -> {
                long millis = Long.parseLong(exchange.getRequestURI().getQuery().replace("millis=", ""));
                send(exchange, 202, null, Map.of());
                HttpServer stopping = server;
                workers.submit(() -> {
                    stopping.stop(0);
                    sleep(millis);
                    server = listen(port);
                });
            }
            default -> send(exchange, 404, null, Map.of());
        }
    }

    private ObjectNode describe(HttpExchange exchange, byte[] body) {
        ObjectNode request = JSON.createObjectNode();
        request.put("service", name);
        request.put("method", exchange.getRequestMethod());
        request.put("uri", exchange.getRequestURI().toString());
        ObjectNode headers = request.putObject("headers");
        Map<String, List<String>> sorted = new TreeMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> sorted.put(key.toLowerCase(Locale.ROOT), values));
        sorted.forEach((key, values) -> headers.put(key, String.join(",", values)));
        request.put("bodyLength", body.length);
        request.put("body", new String(body, StandardCharsets.UTF_8));
        return request;
    }

    private void answer(HttpExchange exchange, ObjectNode request) throws IOException {
        ObjectNode rule = take(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        if (rule == null) {
            if (exchange.getRequestURI().getPath().equals("/q/openapi")) {
                send(exchange, 404, null, Map.of());
            } else if (exchange.getRequestURI().getPath().equals("/q/health/ready")) {
                send(exchange, 200, "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Type", "application/json"));
            } else {
                send(exchange, 200, JSON.writeValueAsBytes(request), Map.of("Content-Type", "application/json"));
            }
            return;
        }
        sleep(rule.path("delayMs").asLong(0));
        Map<String, String> headers = new TreeMap<>();
        rule.path("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asText()));
        JsonNode body = rule.get("body");
        byte[] bytes = body == null || body.isNull() ? null
                : (body.isTextual() ? body.asText() : body.toString()).getBytes(StandardCharsets.UTF_8);
        if (rule.path("chunked").asBoolean(false)) {
            headers.forEach((key, value) -> exchange.getResponseHeaders().add(key, value));
            exchange.sendResponseHeaders(rule.path("status").asInt(200), 0);
            try (OutputStream out = exchange.getResponseBody()) {
                if (bytes != null) {
                    for (byte b : bytes) {
                        out.write(b);
                        if (b == '\n') {
                            out.flush();
                        }
                    }
                }
                out.flush();
                // held open as an event stream is, repeating the body every repeatMs meanwhile (its events)
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(rule.path("holdMs").asLong(0));
                long every = rule.path("repeatMs").asLong(0);
                while (System.nanoTime() < until) {
                    if (every <= 0) {
                        sleep(TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()));
                        break;
                    }
                    sleep(every);
                    if (bytes != null) {
                        out.write(bytes);
                        out.flush();
                    }
                }
            }
            return;
        }
        send(exchange, rule.path("status").asInt(200), bytes, headers);
    }

    private ObjectNode take(String method, String path) {
        synchronized (rules) {
            for (ObjectNode rule : new ArrayList<>(rules)) {
                String wanted = rule.path("method").asText("");
                if (!wanted.isEmpty() && !wanted.equalsIgnoreCase(method)) {
                    continue;
                }
                if (!path.startsWith(rule.path("path").asText("/"))) {
                    continue;
                }
                int times = rule.path("times").asInt(-1);
                if (times == 0) {
                    continue;
                }
                if (times > 0) {
                    rule.put("times", times - 1);
                }
                return rule;
            }
            return null;
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body, Map<String, String> headers)
            throws IOException {
        headers.forEach((key, value) -> exchange.getResponseHeaders().add(key, value));
        boolean noBody = body == null || status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
