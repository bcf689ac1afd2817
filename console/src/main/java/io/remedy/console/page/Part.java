package io.remedy.console.page;

import io.quarkus.logging.Log;
import io.remedy.console.api.ServiceUnavailable;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.ProcessingException;

import java.util.function.Function;

/**
 * A part of a page that needs one answer of the API: its value, or "unavailable" when the service behind it is
 * down, so that the rest of the page still renders (the template shows {@code {#unavailable /}} in its place).
 */
public record Part<T>(T value, boolean unavailable) {

    public static <T> Part<T> of(T value) {
        return new Part<>(value, false);
    }

    public static <T> Part<T> missing() {
        return new Part<>(null, true);
    }

    /** The answer as a part; a gateway or service that does not answer makes it unavailable, not the page. */
    public static <T> Uni<Part<T>> of(Uni<T> answer) {
        return answer.map(Part::of).onFailure(Part::isUnavailable).recoverWithItem(failure -> {
            Log.warnf("a part of a page is unavailable: %s", failure.toString());
            return missing();
        });
    }

    public <R> Part<R> map(Function<T, R> mapper) {
        return unavailable ? missing() : of(mapper.apply(value));
    }

    public boolean available() {
        return !unavailable;
    }

    /** No answer at all: the gateway is unreachable, or it said the service is (502, 503, 504). */
    public static boolean isUnavailable(Throwable failure) {
        return failure instanceof ServiceUnavailable || failure instanceof ProcessingException
                || failure instanceof java.net.ConnectException || failure instanceof java.util.concurrent.TimeoutException;
    }
}
