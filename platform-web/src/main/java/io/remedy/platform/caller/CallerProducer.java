package io.remedy.platform.caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.remedy.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

/** Produces the request's {@link Caller} from the verified token (Quarkus OIDC's {@link SecurityIdentity}). */
@ApplicationScoped
public class CallerProducer {

    /** Claim carrying the tenant (chain id). */
    public static final String TENANT_CLAIM = "tenant";
    /** Claim carrying the location codes (JSON array; {@code *} = all). */
    public static final String LOCATIONS_CLAIM = "locations";
    /** MDC key of the tenant in the request's log lines. */
    public static final String TENANT_MDC = "tenant";

    @Produces
    @RequestScoped
    Caller current(SecurityIdentity identity) {
        Caller caller = from(identity);
        // the request's log lines name the chain they are about (a chain's id, no personal data)
        MDC.put(TENANT_MDC, caller.tenant());
        return caller;
    }

    /** The caller an identity stands for; 401 if anonymous, 403 if the token carries no tenant. */
    public static Caller from(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw ProblemException.unauthenticated("A valid bearer token is required");
        }
        Object tenant;
        Object locations;
        String subject;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            subject = jwt.getSubject();
            tenant = jwt.getClaim(TENANT_CLAIM);
            locations = jwt.getClaim(LOCATIONS_CLAIM);
        } else {
            subject = identity.getPrincipal().getName();
            tenant = identity.getAttribute(TENANT_CLAIM);
            locations = identity.getAttribute(LOCATIONS_CLAIM);
        }
        String tenantId = text(tenant);
        if (tenantId == null || tenantId.isBlank()) {
            throw ProblemException.forbidden("The token carries no tenant");
        }
        return Caller.of(subject, tenantId, texts(locations), identity.getRoles());
    }

    static String text(Object claim) {
        if (claim == null || claim == JsonValue.NULL) {
            return null;
        }
        if (claim instanceof JsonString s) {
            return s.getString();
        }
        if (claim instanceof JsonArray || claim instanceof Collection<?>) {
            return null; // a tenant must be one string
        }
        return claim.toString();
    }

    static List<String> texts(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString s) {
                    values.add(s.getString());
                }
            }
        } else if (claim instanceof Collection<?> collection) {
            for (Object value : collection) {
                String s = text(value);
                if (s != null) {
                    values.add(s);
                }
            }
        } else {
            String single = text(claim);
            if (single != null && !single.isBlank()) {
                values.add(single);
            }
        }
        return values;
    }
}
