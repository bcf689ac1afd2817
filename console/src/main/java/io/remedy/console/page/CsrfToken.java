package io.remedy.console.page;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The form token against cross-site request forgery (double submit): a random value in an HttpOnly, SameSite=Strict
 * cookie, repeated in every form ({@code <input type="hidden" name="csrf" value="{inject:csrf.token}">}) and in htmx
 * requests' {@value #HEADER} header. {@link CsrfFilter} refuses a change whose copy does not match the cookie.
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    public static final String COOKIE = "console-csrf";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final boolean fresh;

    public CsrfToken(HttpServerRequest request) {
        var cookie = request.getCookie(COOKIE);
        if (cookie != null && cookie.getValue().length() >= 32) {
            token = cookie.getValue();
            fresh = false;
        } else {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            fresh = true;
        }
    }

    /** The token to put in a form or header. */
    public String token() {
        return token;
    }

    public String field() {
        return FIELD;
    }

    /** Whether the browser does not have the cookie yet (the response sets it). */
    boolean fresh() {
        return fresh;
    }
}
