package io.remedy.local.testing;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed RS256 access tokens for tests that run without Keycloak, built and signed with SmallRye JWT; the one signer
 * of every module's tests. The key pair is made once per JVM (never stored);
 * {@link LocalStackTestResource} gives the services its public key and {@link #ISSUER}, so they accept these tokens
 * exactly as they accept Keycloak's.
 *
 * <pre>{@code
 * String token = TestTokens.issue("reception.norwich@harbour.test", "harbour", List.of("norwich"), "receptionist");
 * given().auth().oauth2(token).get("/api/v1/locations").then().statusCode(200);
 * }</pre>
 */
public final class TestTokens {

    /** The {@code iss} of every test token ({@code quarkus.oidc.token.issuer}). */
    public static final String ISSUER = "https://remedy.test/realms/remedy";
    /** The {@code aud} of every test token. */
    public static final String AUDIENCE = "remedy-api";
    /** Lifetime of a token. */
    public static final long LIFETIME_SECONDS = 300;
    /** The {@code kid} of every test token. */
    public static final String KEY_ID = "remedy-test";

    // kept (encoded) in the system properties, in memory only: Quarkus tests load this class in more than one class
    // loader, and every copy must sign with the key the resource published
    private static final String KEY_PAIR_PROPERTY = "io.remedy.local.testing.TestTokens.keyPair";

    private TestTokens() {
    }

    /**
     * A token for {@code subject} (a user id or e-mail address) of chain {@code tenant}, allowed at
     * {@code locations} ({@code "*"} for all), with these realm roles.
     */
    public static String issue(String subject, String tenant, List<String> locations, String... realmRoles) {
        return issueNamed(subject, null, tenant, locations, realmRoles);
    }

    /**
     * As {@link #issue}, for a user whose sign-in carries their {@code name} (as Keycloak's profile scope issues it);
     * {@code name} null leaves the claim out.
     */
    public static String issueNamed(String subject, String name, String tenant, List<String> locations,
                                    String... realmRoles) {
        return issue(Duration.ofSeconds(LIFETIME_SECONDS), subject, name, tenant, locations, realmRoles);
    }

    /** As {@link #issue(String, String, List, String...)}, expiring after {@code lifetime} (whole seconds). */
    public static String issue(Duration lifetime, String subject, String tenant, List<String> locations,
                               String... realmRoles) {
        return issue(lifetime, subject, null, tenant, locations, realmRoles);
    }

    private static String issue(Duration lifetime, String subject, String name, String tenant, List<String> locations,
                                String... realmRoles) {
        long now = Instant.now().getEpochSecond();
        JwtClaimsBuilder claims = claims(subject, tenant, locations, realmRoles)
                .issuedAt(now)
                .expiresAt(now + lifetime.toSeconds())
                .claim("email", subject.contains("@") ? subject : subject + "@" + tenant + ".test");
        if (name != null) {
            claims.claim("name", name);
        }
        return sign(claims);
    }

    /**
     * The claims of a valid token for {@code subject} of chain {@code tenant}, allowed at {@code locations}, with
     * these realm roles, for a test to change (an expired or foreign-issued token, another audience) before
     * {@link #sign(JwtClaimsBuilder) signing} them.
     */
    public static JwtClaimsBuilder claims(String subject, String tenant, List<String> locations, String... realmRoles) {
        long now = Instant.now().getEpochSecond();
        return Jwt.claims()
                .issuer(ISSUER)
                .subject(subject)
                .claim("aud", AUDIENCE)
                .claim("azp", "remedy-cli")
                .claim("typ", "Bearer")
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now + LIFETIME_SECONDS)
                .claim("tenant", tenant)
                .claim("locations", List.copyOf(locations))
                .claim("realm_access", Map.of("roles", List.of(realmRoles)))
                .preferredUserName(subject);
    }

    /** RS256-signs the claims with the key the services trust. */
    public static String sign(JwtClaimsBuilder claims) {
        return sign(claims, keyPair().getPrivate());
    }

    /** RS256-signs the claims with any key (a {@link #foreignKeyPair() foreign} one, for an attack). */
    public static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().keyId(KEY_ID).algorithm(SignatureAlgorithm.RS256).sign(key);
    }

    /** A fresh key pair nobody trusts. */
    public static KeyPair foreignKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a test key pair", e);
        }
    }

    /** The public key, Base64 of its X.509 encoding: the value of {@code quarkus.oidc.public-key}. */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(keyPair().getPublic().getEncoded());
    }

    private static volatile KeyPair cached;

    static KeyPair keyPair() {
        KeyPair known = cached;
        if (known != null) {
            return known;
        }
        cached = sharedKeyPair();
        return cached;
    }

    private static KeyPair sharedKeyPair() {
        var properties = System.getProperties();
        synchronized (properties) {
            try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                String encoded = properties.getProperty(KEY_PAIR_PROPERTY);
                if (encoded != null) {
                    String[] parts = encoded.split(":");
                    return new KeyPair(
                            rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[0]))),
                            rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(parts[1]))));
                }
                KeyPair keyPair = foreignKeyPair();
                properties.setProperty(KEY_PAIR_PROPERTY,
                        Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded()) + ":"
                                + Base64.getEncoder().encodeToString(keyPair.getPrivate().getEncoded()));
                return keyPair;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot make a test key pair", e);
            }
        }
    }
}
