package io.remedy.bench;

import io.remedy.local.testing.TestMailbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from a booking's {@code 201} at the gateway to its confirmation email being readable over IMAP, on a
 * platform started by {@code ./remedy up} (default ports). Each run registers a client of its own and books one
 * session with Ana at Norwich on a day of its own, then polls the client's mailbox every 10 ms.
 *
 * <pre>java -jar bench/target/remedy-bench.jar [runs]</pre>
 */
public final class BookingToEmail {

    private static final String GATEWAY = System.getProperty("gateway", "http://localhost:8080") + "/api/v1";
    private static final String TOKEN_URL = System.getProperty("keycloak", "http://localhost:18080")
            + "/realms/remedy/protocol/openid-connect/token";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    private BookingToEmail() throws IOException, InterruptedException {
        token = field(post(TOKEN_URL, "application/x-www-form-urlencoded", "client_id=remedy-cli&grant_type=password"
                + "&username=" + URLEncoder.encode("reception.norwich@harbour.test", StandardCharsets.UTF_8)
                + "&password=demo", null), "access_token");
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        BookingToEmail bench = new BookingToEmail();
        TestMailbox mailbox = new TestMailbox("127.0.0.1", Integer.getInteger("imap", 3143));
        String location = bench.idWhere("/locations", "\"code\":\"norwich\"");
        String service = bench.idWhere("/services", "\"name\":\"Remedial massage 60 min\"");
        String therapist = bench.idWhere("/therapists", "\"displayName\":\"Ana Costa\"");
        int day = 400;
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String email = "bench-" + UUID.randomUUID() + "@harbour.test";
            String client = id(bench.post(GATEWAY + "/clients", "application/json", "{\"givenName\":\"Bench\","
                    + "\"familyName\":\"Client\",\"email\":\"" + email + "\"}", bench.token));
            long booked;
            do {
                // earlier runs may hold Ana's morning on a day: move on until one is free
                String date = LocalDate.now(ZoneOffset.UTC).plusDays(day++).toString();
                String booking = "{\"locationId\":\"" + location + "\",\"serviceId\":\"" + service
                        + "\",\"therapistId\":\"" + therapist + "\",\"clientId\":\"" + client
                        + "\",\"startsAt\":\"" + date + "T10:00:00Z\"}";
                booked = bench.book(booking) ? System.nanoTime() : -1;
            } while (booked < 0);
            while (mailbox.messagesTo(email).isEmpty()) {
                if (System.nanoTime() - booked > 60_000_000_000L) {
                    throw new IllegalStateException("no confirmation within 60 s for " + email);
                }
                Thread.sleep(10);
            }
            millis.add((System.nanoTime() - booked) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "booking 201 -> confirmation readable over IMAP, %d runs: median %.0f ms, "
                        + "p90 %.0f ms, min %.0f ms, max %.0f ms%n", runs, percentile(millis, 50),
                percentile(millis, 90), millis.get(0), millis.get(millis.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private String idWhere(String path, String marker) throws IOException, InterruptedException {
        String body = get(GATEWAY + path);
        for (String item : body.split("\\},\\{")) {
            if (item.contains(marker)) {
                return id(item);
            }
        }
        throw new IllegalStateException("no " + marker + " at " + path + ": is the demo chain seeded (./remedy up)?");
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    /** Books; false when the slot is taken (409). */
    private boolean book(String booking) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/sessions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(booking)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 409) {
            return false;
        }
        if (response.statusCode() != 201) {
            throw new IllegalStateException("booking: " + response.statusCode() + " " + response.body());
        }
        return true;
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private String post(String url, String type, String body, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
