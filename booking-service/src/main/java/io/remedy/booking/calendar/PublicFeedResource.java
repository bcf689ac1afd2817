package io.remedy.booking.calendar;

import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The feed itself, {@code GET /calendar/{token}.ics}: no bearer token (calendar apps cannot send one), the secret
 * token in the path is the key. Unknown, malformed and revoked tokens are one and the same 404. Left out of the API
 * document (it is not part of the JSON API); the integrators' guide describes it.
 *
 * <p>Calendar apps poll: the answer carries a strong {@code ETag} (a hash of the feed's bytes, which depend on the
 * sessions shown only) and {@code Cache-Control: private} with a short max-age, and an {@code If-None-Match} naming
 * the current tag is answered 304 without a body.
 */
@Path("/calendar")
public class PublicFeedResource {

    static final String CALENDAR = "text/calendar; charset=UTF-8";
    /** Private: the URL is a secret, no shared cache keeps it; short: a change shows within minutes. */
    static final String CACHE_CONTROL = "private, max-age=300";
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-]{32,100}\\.ics");

    private final CalendarFeedService service;

    public PublicFeedResource(CalendarFeedService service) {
        this.service = service;
    }

    @GET
    @Path("/{file}")
    @Operation(hidden = true)
    public Uni<Response> feed(@PathParam("file") String file,
                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (file == null || !FILE.matcher(file).matches()) {
            return Uni.createFrom().item(PublicFeedResource::notFound);
        }
        String token = file.substring(0, file.length() - ".ics".length());
        return service.calendar(token).map(text -> {
            if (text == null) {
                return notFound();
            }
            EntityTag tag = tagOf(text);
            Response.ResponseBuilder answer = matches(ifNoneMatch, tag.getValue()) ? Response.notModified()
                    : Response.ok(text, CALENDAR);
            return answer.tag(tag)
                    .header("Cache-Control", CACHE_CONTROL)
                    .header("X-Robots-Tag", "noindex")
                    .build();
        });
    }

    /**
     * Whether {@code If-None-Match} names the current tag: {@code *}, or a list of tags compared weakly (a {@code W/}
     * prefix is ignored), as RFC 9110 section 13.1.2 says (JAX-RS' evaluatePreconditions missed a weak tag in a list).
     */
    static boolean matches(String ifNoneMatch, String current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String each : ifNoneMatch.split(",")) {
            String tag = each.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                    && tag.substring(1, tag.length() - 1).equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** A strong tag of the feed's bytes: SHA-256, Base64url. */
    static EntityTag tagOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Response notFound() {
        throw ProblemException.notFound("No such calendar feed (unknown or revoked)");
    }
}
