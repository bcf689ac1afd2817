package io.remedy.platform.problem;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Asked before a request refused for its token is answered 401 (the gateway: such a request still draws from its
 * address's rate-limit bucket, so a flood of forged tokens meets 429 as any other flood does). Without such a bean
 * every refusal is answered at once.
 */
public interface RefusedTokens {

    /** Whether the 401 may be sent; false when this bean has answered the request itself. */
    Uni<Boolean> mayAnswer(RoutingContext context);
}
