package io.remedy.local.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Signed RS256 access tokens for tests that run without Keycloak. The key pair is made once per JVM (never stored);
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
        String email = subject.contains("@") ? subject : subject + "@" + tenant + ".test";
        String claims = "{"
                + field("iss", quote(ISSUER)) + ","
                + field("sub", quote(subject)) + ","
                + field("aud", quote(AUDIENCE)) + ","
                + field("azp", quote("remedy-cli")) + ","
                + field("typ", quote("Bearer")) + ","
                + field("jti", quote(UUID.randomUUID().toString())) + ","
                + field("iat", String.valueOf(now)) + ","
                + field("exp", String.valueOf(now + lifetime.toSeconds())) + ","
                + field("tenant", quote(tenant)) + ","
                + field("locations", array(locations.stream())) + ","
                + field("realm_access", "{" + field("roles", array(Stream.of(realmRoles))) + "}") + ","
                + field("preferred_username", quote(subject)) + ","
                + (name == null ? "" : field("name", quote(name)) + ",")
                + field("email", quote(email))
                + "}";
        return sign("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"remedy-test\"}", claims);
    }

    /** The public key, Base64 of its X.509 encoding: the value of {@code quarkus.oidc.public-key}. */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(keyPair().getPublic().getEncoded());
    }

    static String sign(String header, String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String content = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keyPair().getPrivate());
            signature.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + base64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
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
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair keyPair = generator.generateKeyPair();
                properties.setProperty(KEY_PAIR_PROPERTY,
                        Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded()) + ":"
                                + Base64.getEncoder().encodeToString(keyPair.getPrivate().getEncoded()));
                return keyPair;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot make a test key pair", e);
            }
        }
    }

    private static String field(String name, String json) {
        return quote(name) + ":" + json;
    }

    private static String array(Stream<String> values) {
        return values.map(TestTokens::quote).collect(Collectors.joining(",", "[", "]"));
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
