package io.remedy.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for a payment provider (hosted checkout pages and signed webhooks), so billing is tested against
 * HTTP like a real provider's, not against a mock of our own code. No card data exists here either: the page has a
 * pay and a decline button.
 *
 * <ul>
 *   <li>{@code POST /v1/checkouts} with {@code Authorization: Bearer <token>} and
 *       {@code {"reference":"...","amountCents":7500,"currency":"GBP","description":"...","webhookUrl":"http://..."}}:
 *       201 {@code {"id":"chk_...","url":"http://127.0.0.1:<port>/pay/chk_...","status":"open"}}; 401 without the
 *       right token; 400 for a missing or invalid field.</li>
 *   <li>{@code GET /v1/checkouts/<id>} (token required): the checkout and its status.</li>
 *   <li>{@code GET /pay/<id>}: the hosted page (HTML) with the amount and two buttons;
 *       {@code POST /pay/<id>/pay} or {@code /decline} settles the checkout (once) and sends the webhook.</li>
 *   <li>Webhooks: {@code POST <webhookUrl>} with {@code {"type":"checkout.completed"|"checkout.declined","data":
 *       {"checkoutId","reference","amountCents","currency"}}}, signed the Standard Webhooks way: headers
 *       {@code webhook-id}, {@code webhook-timestamp} (epoch seconds) and {@code webhook-signature}
 *       ({@code v1,<Base64 of HMAC-SHA256(secret, id.timestamp.body)>}), the secret given as {@code whsec_<Base64>}.</li>
 *   <li>{@code GET /v1/webhooks} (token required): every webhook sent, with its headers, body and the answer it got
 *       (tests replay them); {@code POST /v1/webhooks/<webhook id>/resend} sends one again, same id and signature.</li>
 * </ul>
 */
public final class PaymentStubServer {

    /** The environment variables holding the API token and the webhook secret (kept off the command line). */
    public static final String TOKEN_VARIABLE = "REMEDY_PAYMENTS_TOKEN";
    public static final String SECRET_VARIABLE = "REMEDY_PAYMENTS_WEBHOOK_SECRET";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final String token;
    private final byte[] secret;
    private final int port;
    private final Map<String, Map<String, Object>> checkouts = new LinkedHashMap<>();
    private final List<Map<String, Object>> webhooks = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PaymentStubServer(String token, String secret, int port) {
        this.token = token;
        this.secret = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
        this.port = port;
    }

    /** Runs the stub on 127.0.0.1:{@code args[0]} until the process is stopped. */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        HttpServer server = start(port, System.getenv().getOrDefault(TOKEN_VARIABLE, "local-payments-token"),
                System.getenv().getOrDefault(SECRET_VARIABLE, "whsec_bG9jYWwtcGF5bWVudHMtd2ViaG9vay1zZWNyZXQ="));
        System.out.println("Payment provider stub listening on http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Starts a stub in this JVM. */
    public static HttpServer start(int port, String token, String secret) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        PaymentStubServer stub = new PaymentStubServer(token, secret, server.getAddress().getPort());
        server.createContext("/v1/checkouts", stub::checkouts);
        server.createContext("/v1/webhooks", stub::webhooks);
        server.createContext("/pay/", stub::page);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private void checkouts(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                respond(exchange, 401, error("unauthorized", "missing or wrong bearer token"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/v1/checkouts") && exchange.getRequestMethod().equals("POST")) {
                open(exchange);
            } else if (path.startsWith("/v1/checkouts/") && exchange.getRequestMethod().equals("GET")) {
                Map<String, Object> checkout = checkout(path.substring("/v1/checkouts/".length()));
                respond(exchange, checkout == null ? 404 : 200,
                        checkout == null ? error("not_found", "no such checkout") : Json.write(checkout));
            } else {
                respond(exchange, 404, error("not_found", "no such resource"));
            }
        }
    }

    private void open(HttpExchange exchange) throws IOException {
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
        if (!(request.get("amountCents") instanceof Number amount) || amount.longValue() <= 0) {
            respond(exchange, 400, error("invalid_field", "amountCents: a positive amount is required"));
            return;
        }
        if (!(request.get("currency") instanceof String currency) || !CURRENCY.matcher(currency).matches()) {
            respond(exchange, 400, error("invalid_field", "currency: an ISO 4217 code is required"));
            return;
        }
        if (!(request.get("webhookUrl") instanceof String webhookUrl) || !webhookUrl.startsWith("http")) {
            respond(exchange, 400, error("invalid_field", "webhookUrl: an http(s) URL is required"));
            return;
        }
        String id = "chk_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> checkout = new LinkedHashMap<>();
        checkout.put("id", id);
        checkout.put("url", "http://127.0.0.1:" + port + "/pay/" + id);
        checkout.put("status", "open");
        checkout.put("reference", request.get("reference"));
        checkout.put("amountCents", amount.longValue());
        checkout.put("currency", currency);
        checkout.put("description", request.getOrDefault("description", ""));
        checkout.put("webhookUrl", webhookUrl);
        checkout.put("createdAt", Instant.now().toString());
        synchronized (this) {
            checkouts.put(id, checkout);
        }
        respond(exchange, 201, Json.write(Map.of("id", id, "url", checkout.get("url"), "status", "open")));
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().substring("/pay/".length()).split("/");
            Map<String, Object> checkout = checkout(parts[0]);
            if (checkout == null) {
                html(exchange, 404, "<h1>No such payment</h1>");
                return;
            }
            if (parts.length == 1 && exchange.getRequestMethod().equals("GET")) {
                html(exchange, 200, hostedPage(checkout));
                return;
            }
            if (parts.length == 2 && exchange.getRequestMethod().equals("POST")
                    && (parts[1].equals("pay") || parts[1].equals("decline"))) {
                boolean paid = parts[1].equals("pay");
                boolean settledNow;
                synchronized (this) {
                    settledNow = "open".equals(checkout.get("status"));
                    if (settledNow) {
                        checkout.put("status", paid ? "completed" : "declined");
                    }
                }
                if (settledNow) {
                    sendWebhook(checkout, paid ? "checkout.completed" : "checkout.declined");
                }
                html(exchange, 200, "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Payment</title>"
                        + "</head><body><main><h1>" + (paid ? "Thank you: payment received" : "Payment declined")
                        + "</h1><p id=\"status\">" + checkout.get("status") + "</p></main></body></html>");
                return;
            }
            html(exchange, 405, "<h1>Not allowed</h1>");
        }
    }

    private static String hostedPage(Map<String, Object> checkout) {
        long amount = ((Number) checkout.get("amountCents")).longValue();
        String shown = String.format(Locale.ROOT, "%s %d.%02d", checkout.get("currency"), amount / 100, amount % 100);
        String id = (String) checkout.get("id");
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pay " + escape(shown)
                + "</title></head><body><main><h1>Pay " + escape(shown) + "</h1><p>"
                + escape(String.valueOf(checkout.get("description"))) + "</p><p id=\"status\">"
                + checkout.get("status") + "</p>"
                + "<form method=\"post\" action=\"/pay/" + id + "/pay\"><button type=\"submit\" id=\"pay\">Pay</button></form>"
                + "<form method=\"post\" action=\"/pay/" + id + "/decline\"><button type=\"submit\" id=\"decline\">Decline</button></form>"
                + "</main></body></html>";
    }

    private void sendWebhook(Map<String, Object> checkout, String type) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("checkoutId", checkout.get("id"));
        data.put("reference", checkout.get("reference"));
        data.put("amountCents", checkout.get("amountCents"));
        data.put("currency", checkout.get("currency"));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("data", data);
        String body = Json.write(event);
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("id", id);
        webhook.put("url", checkout.get("webhookUrl"));
        webhook.put("headers", Map.of("webhook-id", id, "webhook-timestamp", timestamp,
                "webhook-signature", sign(id, timestamp, body)));
        webhook.put("body", body);
        synchronized (this) {
            webhooks.add(webhook);
        }
        deliver(webhook);
    }

    /** Sends a webhook as recorded (same id, timestamp and signature) and records the answer. */
    @SuppressWarnings("unchecked")
    private void deliver(Map<String, Object> webhook) {
        Map<String, String> headers = (Map<String, String>) webhook.get("headers");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((String) webhook.get("url")))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString((String) webhook.get("body")));
        headers.forEach(request::header);
        int status;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 0;
        }
        synchronized (this) {
            webhook.put("answer", status);
        }
    }

    private void webhooks(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange)) {
                respond(exchange, 401, error("unauthorized", "missing or wrong bearer token"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/v1/webhooks") && exchange.getRequestMethod().equals("GET")) {
                synchronized (this) {
                    respond(exchange, 200, Json.write(List.copyOf(webhooks)));
                }
                return;
            }
            if (path.startsWith("/v1/webhooks/") && path.endsWith("/resend") && exchange.getRequestMethod().equals("POST")) {
                String id = path.substring("/v1/webhooks/".length(), path.length() - "/resend".length());
                Map<String, Object> webhook;
                synchronized (this) {
                    webhook = webhooks.stream().filter(w -> id.equals(w.get("id"))).findFirst().orElse(null);
                }
                if (webhook == null) {
                    respond(exchange, 404, error("not_found", "no such webhook"));
                    return;
                }
                deliver(webhook);
                respond(exchange, 200, Json.write(Map.of("id", id, "answer", webhook.get("answer"))));
                return;
            }
            respond(exchange, 404, error("not_found", "no such resource"));
        }
    }

    /** {@code v1,<Base64 of HMAC-SHA256(secret, id.timestamp.body)>}, as Standard Webhooks define it. */
    String sign(String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private synchronized Map<String, Object> checkout(String id) {
        return checkouts.get(id);
    }

    private boolean authorised(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.equals("Bearer " + token);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String error(String code, String detail) {
        return Json.write(Map.of("error", code, "detail", detail == null ? "" : detail));
    }

    private static void html(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
