package io.remedy.local.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * For a Quarkus test that needs only to verify tokens (e.g. the gateway's): configures OIDC with the public key and
 * issuer of {@link TestTokens}, and starts nothing.
 */
public class TestTokensResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.public-key", TestTokens.publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // nothing was started
    }
}
