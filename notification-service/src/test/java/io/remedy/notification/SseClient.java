package io.remedy.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/** A phone or browser following the live stream: connects with a bearer token and keeps every line it reads. */
public final class SseClient implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private final int status;
    private volatile Stream<String> body;
    private volatile boolean ended;

    public SseClient(URI stream, String token) {
        this(stream, token, null);
    }

    /** Reconnecting: {@code lastEventId} is the id of the last event read before (null: none). */
    public SseClient(URI stream, String token, String lastEventId) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response;
        try {
            response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                    .get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not connect to " + stream, e);
        }
        status = response.statusCode();
        body = response.body();
        reader = new Thread(() -> {
            try {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
            ended = true;
        }, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public int status() {
        return status;
    }

    /** True once the server ended the stream (or the test closed it). */
    public boolean ended() {
        return ended;
    }

    /** The ids of the events named {@code message}, in order. */
    public List<String> messageIds() {
        List<String> read = lines();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).equals("event:message") || read.get(i).equals("event: message")) {
                for (int j = i - 1; j >= 0 && !read.get(j).isEmpty(); j--) {
                    if (read.get(j).startsWith("id:")) {
                        ids.add(read.get(j).substring(3).strip());
                    }
                }
                for (int j = i + 1; j < read.size() && !read.get(j).isEmpty(); j++) {
                    if (read.get(j).startsWith("id:")) {
                        ids.add(read.get(j).substring(3).strip());
                    }
                }
            }
        }
        return ids;
    }

    /** Every line read so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The data lines of the events named {@code message}. */
    public List<String> messages() {
        List<String> read = lines();
        List<String> data = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).equals("event:message") || read.get(i).equals("event: message")) {
                for (int j = i + 1; j < read.size() && !read.get(j).isEmpty(); j++) {
                    if (read.get(j).startsWith("data:")) {
                        data.add(read.get(j).substring(5).strip());
                    }
                }
            }
        }
        return data;
    }

    /** Waits until the server says the stream is listening. */
    public SseClient awaitReady() {
        await().atMost(Duration.ofSeconds(20)).until(() -> lines().stream()
                .anyMatch(line -> line.equals("event:ready") || line.equals("event: ready")));
        return this;
    }

    @Override
    public void close() {
        Stream<String> open = body;
        if (open != null) {
            open.close();
        }
        reader.interrupt();
    }
}
