package io.remedy.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Raw calls through the gateway, for tests that send many requests or exactly the bytes they mean (encoded path
 * segments, malformed bodies): every part of the URL is percent-encoded here, nothing is normalised on the way. A call
 * the gateway turns away for now (429) is repeated after the Retry-After it names: rate limits have their own test.
 */
public final class Gateway {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int MAX_WAITS = 10;

    private Gateway() {
    }

    /** A request: the path template's parameters, query parameters and headers are plain values, encoded here. */
    public record Call(String method, String pathTemplate, Map<String, String> pathParameters,
                       Map<String, String> query, Map<String, String> headers, String body) {

        public Call {
            pathParameters = new LinkedHashMap<>(pathParameters);
            query = new LinkedHashMap<>(query);
            headers = new LinkedHashMap<>(headers);
        }

        /** The path with its parameters filled in, percent-encoded, and the query string. */
        public String target() {
            String path = pathTemplate;
            for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
                path = path.replace("{" + parameter.getKey() + "}", encode(parameter.getValue()));
            }
            StringBuilder target = new StringBuilder(path);
            char separator = '?';
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                target.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
                separator = '&';
            }
            return target.toString();
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
            return method + " " + target() + (headers.isEmpty() ? "" : " " + headers) + shown;
        }
    }

    /** What came back: status, content type, the headers asked for most, and the body (up to what was read). */
    public record Reply(int status, String contentType, Map<String, String> headers, String body) {

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** Sends the call with the user's token (none for a null user). */
    public static Reply send(String user, Call call) {
        for (int attempt = 0; ; attempt++) {
            Reply reply = once(user, call);
            if (reply.status() != 429 || attempt >= MAX_WAITS) {
                return reply;
            }
            long seconds = reply.header("Retry-After").map(Gateway::seconds).orElse(1L);
            try {
                TimeUnit.SECONDS.sleep(Math.min(seconds, 30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Reply once(String user, Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.gatewayUrl() + call.target()))
                .timeout(Duration.ofSeconds(60));
        if (!call.headers().containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + Api.token(user));
        }
        // an empty value leaves the header out (a body sent without Content-Type, on purpose)
        call.headers().forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.header(name, value);
            }
        });
        if (call.body() != null) {
            if (!call.headers().containsKey("Content-Type")) {
                request.header("Content-Type", "application/json");
            }
            request.method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String body;
            try (InputStream in = response.body()) {
                // an event stream never ends: its first bytes are enough
                body = contentType.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : new String[] {"retry-after", "www-authenticate", "etag", "location"}) {
                response.headers().firstValue(name).ifPresent(value -> headers.put(name, value));
            }
            return new Reply(response.statusCode(), contentType, headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(1, Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Percent-encodes one path segment or query part (spaces as %20, every reserved character escaped). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
