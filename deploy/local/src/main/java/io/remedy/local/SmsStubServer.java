package io.remedy.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A local stand-in for an SMS gateway's HTTP API, so the notification service is tested against HTTP like a real
 * provider's, not against a mock of our own code.
 *
 * <ul>
 *   <li>{@code POST /v1/messages} with {@code Authorization: Bearer <token>} and
 *       {@code {"to":"+44...","from":"Remedy","body":"..."}}: 202 {@code {"id":"...","status":"queued"}};
 *       401 without the right token; 400 for bad JSON or a missing or invalid field.</li>
 *   <li>{@code GET /v1/messages[?to=+44...]} (token required): what was accepted, oldest first.</li>
 *   <li>{@code DELETE /v1/messages} (token required): forget every message.</li>
 *   <li>{@code POST /v1/faults} (test control, no token): {@code {"failNext":3,"status":500}} makes the next 3 sends
 *       answer 500; {@code {"down":true}} makes every send answer 503 until {@code {"down":false}};
 *       {@code GET /v1/faults} shows them, {@code DELETE /v1/faults} clears them.</li>
 * </ul>
 */
public final class SmsStubServer {

    /** The environment variable holding the accepted token (kept off the command line). */
    public static final String TOKEN_VARIABLE = "REMEDY_SMS_TOKEN";
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final int MAX_BODY = 1600;

    private final String token;
    private final List<Map<String, Object>> messages = new ArrayList<>();
    private int failNext;
    private int failStatus = 500;
    private boolean down;

    SmsStubServer(String token) {
        this.token = token;
    }

    /** Runs the stub on 127.0.0.1:{@code args[0]} until the process is stopped. */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        String token = System.getenv().getOrDefault(TOKEN_VARIABLE, "local-sms-token");
        HttpServer server = start(port, token);
        System.out.println("SMS stub listening on http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Starts a stub in this JVM (port 0: any free port). */
    public static HttpServer start(int port, String token) throws IOException {
        SmsStubServer stub = new SmsStubServer(token);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext("/v1/messages", stub::messages);
        server.createContext("/v1/faults", stub::faults);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private void messages(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/v1/messages")) {
                respond(exchange, 404, error("not_found", "no such resource"));
                return;
            }
            if (!authorised(exchange)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                respond(exchange, 401, error("unauthorized", "missing or wrong bearer token"));
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "POST" -> send(exchange);
                case "GET" -> respond(exchange, 200, Json.write(list(query(exchange, "to"))));
                case "DELETE" -> {
                    clear();
                    respond(exchange, 204, null);
                }
                default -> respond(exchange, 405, error("method_not_allowed", exchange.getRequestMethod()));
            }
        }
    }

    private void send(HttpExchange exchange) throws IOException {
        Integer fault = takeFault();
        if (fault != null) {
            if (fault == 503 || fault == 429) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            respond(exchange, fault, error("provider_unavailable", "injected fault"));
            return;
        }
        Map<String, Object> request;
        try {
            Object parsed = Json.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!(parsed instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) parsed;
            request = object;
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, error("invalid_json", e.getMessage()));
            return;
        }
        String problem = invalidField(request);
        if (problem != null) {
            respond(exchange, 400, error("invalid_field", problem));
            return;
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", "msg_" + UUID.randomUUID().toString().replace("-", ""));
        message.put("to", request.get("to"));
        message.put("from", request.get("from"));
        message.put("body", request.get("body"));
        message.put("status", "queued");
        message.put("receivedAt", Instant.now().toString());
        store(message);
        respond(exchange, 202, Json.write(Map.of("id", message.get("id"), "status", "queued")));
    }

    private static String invalidField(Map<String, Object> request) {
        if (!(request.get("to") instanceof String to) || !PHONE_NUMBER.matcher(to).matches()) {
            return "to: an E.164 phone number such as +447700900123 is required";
        }
        if (!(request.get("from") instanceof String from) || from.isBlank()) {
            return "from: a sender name is required";
        }
        if (!(request.get("body") instanceof String body) || body.isBlank()) {
            return "body: a message text is required";
        }
        if (body.length() > MAX_BODY) {
            return "body: at most " + MAX_BODY + " characters";
        }
        return null;
    }

    private void faults(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> respond(exchange, 200, faultsJson());
                case "DELETE" -> {
                    setFaults(0, 500, false);
                    respond(exchange, 200, faultsJson());
                }
                case "POST" -> {
                    Map<?, ?> request;
                    try {
                        Object parsed = Json.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                        if (!(parsed instanceof Map<?, ?> object)) {
                            throw new IllegalArgumentException("expected a JSON object");
                        }
                        request = object;
                    } catch (IllegalArgumentException e) {
                        respond(exchange, 400, error("invalid_json", e.getMessage()));
                        return;
                    }
                    synchronized (this) {
                        int count = request.get("failNext") instanceof Number n ? n.intValue() : failNext;
                        int status = request.get("status") instanceof Number n ? n.intValue() : failStatus;
                        boolean isDown = request.get("down") instanceof Boolean b ? b : down;
                        setFaults(count, status, isDown);
                    }
                    respond(exchange, 200, faultsJson());
                }
                default -> respond(exchange, 405, error("method_not_allowed", exchange.getRequestMethod()));
            }
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.equals("Bearer " + token);
    }

    private synchronized Integer takeFault() {
        if (down) {
            return 503;
        }
        if (failNext > 0) {
            failNext--;
            return failStatus;
        }
        return null;
    }

    private synchronized void setFaults(int count, int status, boolean isDown) {
        failNext = Math.max(0, count);
        failStatus = status;
        down = isDown;
    }

    private synchronized String faultsJson() {
        return Json.write(Map.of("failNext", failNext, "status", failStatus, "down", down));
    }

    private synchronized void store(Map<String, Object> message) {
        messages.add(message);
    }

    private synchronized void clear() {
        messages.clear();
    }

    private synchronized List<Map<String, Object>> list(String to) {
        return messages.stream().filter(m -> to == null || to.equals(m.get("to"))).toList();
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                // a '+' in a phone number is meant literally, not as the form encoding of a space
                return URLDecoder.decode(pair.substring(eq + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String error(String code, String detail) {
        return Json.write(Map.of("error", code, "detail", detail == null ? "" : detail));
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
