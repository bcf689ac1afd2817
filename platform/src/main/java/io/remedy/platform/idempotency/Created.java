package io.remedy.platform.idempotency;

import java.net.URI;

/**
 * The result of a creating POST, as stored under its idempotency key and replayed on retry.
 *
 * @param status   normally 201
 * @param location the new resource's {@code Location}, or null
 * @param body     the response body (an API record), serialised with the application's ObjectMapper
 * @param subject  the id of the created resource, so {@link Idempotency#forget} can forget the stored response
 *                 when the resource is erased; null if none
 */
public record Created(int status, URI location, Object body, String subject) {

    /** A {@code 201 Created} at {@code location}; its subject is the location's last path segment (the new id). */
    public static Created at(URI location, Object body) {
        return new Created(201, location, body, lastSegment(location));
    }

    static String lastSegment(URI location) {
        if (location == null || location.getPath() == null) {
            return null;
        }
        String path = location.getPath().replaceAll("/+$", "");
        int slash = path.lastIndexOf('/');
        String segment = path.substring(slash + 1);
        return segment.isEmpty() ? null : segment;
    }
}
