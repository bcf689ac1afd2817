package io.remedy.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for a Quarkus service in tests: listens on QUARKUS_HTTP_PORT, answers {@code /q/health/ready} and shows
 * the configuration it was given on {@code /env}.
 */
public final class StandInService {

    private StandInService() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10);
        server.createContext("/q/health/ready", exchange -> {
            try (exchange) {
                respond(exchange.getResponseBody(), exchange, "{\"status\":\"UP\"}");
            }
        });
        server.createContext("/env", exchange -> {
            try (exchange) {
                Map<String, Object> env = new TreeMap<>();
                System.getenv().forEach((name, value) -> {
                    if (name.startsWith("QUARKUS_") || name.startsWith("KAFKA_") || name.startsWith("REMEDY_")) {
                        env.put(name, value);
                    }
                });
                respond(exchange.getResponseBody(), exchange, Json.write(env));
            }
        });
        server.start();
    }

    private static void respond(OutputStream body, com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        body.write(bytes);
    }
}
