package io.remedy.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Steers the stand-in services of {@link GatewayTestStack} from a test. */
public final class StandIns {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String url;

    private StandIns(String url) {
        this.url = url;
    }

    public static StandIns booking() {
        return of("remedy.gateway.booking-url");
    }

    public static StandIns records() {
        return of("remedy.gateway.records-url");
    }

    public static StandIns notification() {
        return of("remedy.gateway.notification-url");
    }

    public static StandIns billing() {
        return of("remedy.gateway.billing-url");
    }

    /** Every stand-in back to its defaults, with nothing recorded. */
    public static void resetAll() {
        booking().reset();
        records().reset();
        notification().reset();
        billing().reset();
    }

    private static StandIns of(String property) {
        return new StandIns(ConfigProvider.getConfig().getValue(property, String.class));
    }

    /** {@code host:port}, as the gateway's discovery and its metrics name the instance. */
    public String address() {
        return url.replaceFirst("^https?://", "");
    }

    public void reset() {
        post("/__standin/reset", "");
    }

    /** A rule under construction: {@code standIn.on("GET", "/api/v1/locations").status(503).times(1).add()}. */
    public Rule on(String method, String pathPrefix) {
        return new Rule(method, pathPrefix);
    }

    /** Stops listening for {@code millis}: connections are refused meanwhile. */
    public void outage(long millis) {
        post("/__standin/outage?millis=" + millis, "");
    }

    /** What arrived, oldest first. */
    public List<JsonNode> requests() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/__standin/requests"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            List<JsonNode> all = new ArrayList<>();
            JSON.readTree(response.body()).forEach(all::add);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What arrived at paths starting with {@code prefix}. */
    public List<JsonNode> requestsTo(String prefix) {
        return requests().stream().filter(request -> request.path("uri").asText().startsWith(prefix)).toList();
    }

    public final class Rule {

        private final ObjectNode rule = JSON.createObjectNode();

        private Rule(String method, String pathPrefix) {
            if (method != null) {
                rule.put("method", method);
            }
            rule.put("path", pathPrefix);
        }

        public Rule status(int status) {
            rule.put("status", status);
            return this;
        }

        public Rule header(String name, String value) {
            ObjectNode headers = rule.get("headers") instanceof ObjectNode known ? known : rule.putObject("headers");
            headers.put(name, value);
            return this;
        }

        public Rule json(Object body) {
            rule.set("body", JSON.valueToTree(body));
            return header("Content-Type", "application/json");
        }

        public Rule body(String body) {
            rule.put("body", body);
            return this;
        }

        public Rule delayMillis(long millis) {
            rule.put("delayMs", millis);
            return this;
        }

        public Rule times(int times) {
            rule.put("times", times);
            return this;
        }

        public Rule chunked() {
            rule.put("chunked", true);
            return this;
        }

        /** A chunked answer that stays open this long after its body, as an event stream does. */
        public Rule holdOpenMillis(long millis) {
            rule.put("holdMs", millis);
            return chunked();
        }

        /** While held open, the body again every {@code millis} (an event stream's next events). */
        public Rule repeatEveryMillis(long millis) {
            rule.put("repeatMs", millis);
            return this;
        }

        public void add() {
            post("/__standin/rules", rule.toString());
        }
    }

    private void post(String path, String body) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
