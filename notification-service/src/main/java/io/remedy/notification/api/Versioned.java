package io.remedy.notification.api;

import io.remedy.platform.problem.IfMatch;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A representation with the version its {@code ETag} carries. */
public record Versioned<T>(T body, long version) {

    /** 200 with the body and its {@code ETag}. */
    public Response ok() {
        return Response.ok(body).header(HttpHeaders.ETAG, IfMatch.etag(version)).build();
    }
}
