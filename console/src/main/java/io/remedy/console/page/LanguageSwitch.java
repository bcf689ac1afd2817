package io.remedy.console.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Remembers the language the user picked (a cookie, a year) and goes back to the page they were on. */
@Path("/language")
public class LanguageSwitch {

    @GET
    public Response choose(@QueryParam("lang") String lang, @HeaderParam("Referer") String referer) {
        String chosen = Language.SUPPORTED.contains(lang) ? lang : "en";
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(back(referer)).cookie(cookie).build();
    }

    /** Back to the page the switch was on: its path and query only, never another site. */
    private static URI back(String referer) {
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                    return URI.create(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
                }
            } catch (IllegalArgumentException e) {
                // a malformed Referer: go home
            }
        }
        return URI.create("/");
    }
}
