package io.remedy.gateway.support;

import io.remedy.local.testing.TestTokens;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed access tokens for the gateway's tests, with any claims a test needs, including the broken ones an attacker
 * would send. The gateway trusts this class's public key ({@link GatewayTestStack}). The key pair lives in the
 * system properties (in memory only) because Quarkus loads test classes in more than one class loader.
 */
public final class Tokens {

    public static final String ISSUER = TestTokens.ISSUER;
    public static final String AUDIENCE = TestTokens.AUDIENCE;

    private static final String KEY_PAIR_PROPERTY = "io.remedy.gateway.support.Tokens.keyPair";

    private Tokens() {
    }

    /** A valid token for {@code subject} of chain {@code tenant}, allowed at {@code locations}, with these roles. */
    public static String issue(String subject, String tenant, List<String> locations, String... roles) {
        return sign(claims(subject, tenant, locations, roles));
    }

    /** The claims of a valid token, for a test to spoil. */
    public static JwtClaims claims(String subject, String tenant, List<String> locations, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setClaim("azp", "remedy-cli");
        claims.setClaim("typ", "Bearer");
        claims.setClaim("tenant", tenant);
        claims.setStringListClaim("locations", locations);
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        claims.setClaim("preferred_username", subject);
        return claims;
    }

    /** Signs with the key the gateway trusts. */
    public static String sign(JwtClaims claims) {
        return sign(claims, keyPair().getPrivate());
    }

    /** Signs with any key (a foreign one, for an attack). */
    public static String sign(JwtClaims claims, PrivateKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue("gateway-test");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    /** The same claims with {@code "alg": "none"} and no signature at all. */
    public static String unsigned(JwtClaims claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** A date {@code seconds} from now (negative: in the past). */
    public static NumericDate inSeconds(long seconds) {
        NumericDate date = NumericDate.now();
        date.addSeconds(seconds);
        return date;
    }

    /** A fresh key pair nobody trusts. */
    public static KeyPair foreignKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key, Base64 of its X.509 encoding: the value of {@code quarkus.oidc.public-key}. */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(keyPair().getPublic().getEncoded());
    }

    private static KeyPair keyPair() {
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
