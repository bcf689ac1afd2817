package io.remedy.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * ETags of versioned aggregates ({@code @Version}) and the {@code If-Match} check of their updates: a missing header
 * is a 428, another version a 412.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The strong ETag of a version, e.g. {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A 200 answer carrying the body and the ETag of its version. */
    public static <T> RestResponse<T> tagged(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, etag(version)).build();
    }

    /**
     * The version an {@code If-Match} header names, checked against the current one.
     *
     * @throws ProblemException 428 if the header is missing, 412 if it names another version
     */
    public static long require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("Send If-Match with the ETag you last read");
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return currentVersion;
        }
        for (String tag : value.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag(currentVersion))) {
                return currentVersion;
            }
        }
        throw ProblemException.staleVersion("The resource is now at version " + etag(currentVersion)
                + "; read it again and retry");
    }
}
