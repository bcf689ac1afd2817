package io.remedy.platform.idempotency;

import java.net.URI;

/**
 * The result of a creating POST, as stored under its idempotency key and replayed on retry.
 *
 * @param status   normally 201
 * @param location the new resource's {@code Location}, or null
 * @param body     the response body (an API record), serialised with the application's ObjectMapper
 */
public record Created(int status, URI location, Object body) {

    /** A {@code 201 Created} at {@code location}. */
    public static Created at(URI location, Object body) {
        return new Created(201, location, body);
    }
}
