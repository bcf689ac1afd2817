package io.remedy.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;

/** Bad tokens made from good ones: what an attacker can do with a token they hold, and the keys they can read. */
public final class Jwts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private Jwts() {
    }

    /** The token's claims with a change applied, the header and the original signature kept. */
    public static String tampered(String token, Consumer<ObjectNode> change) {
        String[] parts = token.split("\\.");
        ObjectNode claims = read(parts[1]);
        change.accept(claims);
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    /** The token's claims under {@code "alg": "none"}, without a signature. */
    public static String unsigned(String token) {
        String[] parts = token.split("\\.");
        ObjectNode header = JSON.createObjectNode().put("alg", "none").put("typ", "JWT");
        return encode(header) + "." + parts[1] + ".";
    }

    /** The token's header and claims, RS256-signed with a key of the attacker's own (under the realm's key id). */
    public static String signedWithAnotherKey(String token) {
        String[] parts = token.split("\\.");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return parts[0] + "." + parts[1] + "." + ENCODE.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's claims HS256-signed with the realm's public RSA key as the secret (the key-confusion attack). */
    public static String hmacWithPublicKey(String token, Map<String, Object> jwk) {
        String[] parts = token.split("\\.");
        ObjectNode header = read(parts[0]);
        header.put("alg", "HS256");
        String signed = encode(header) + "." + parts[1];
        try {
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, DECODE.decode((String) jwk.get("n"))),
                    new BigInteger(1, DECODE.decode((String) jwk.get("e")))));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return signed + "." + ENCODE.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's claims. */
    public static ObjectNode claims(String token) {
        return read(token.split("\\.")[1]);
    }

    private static ObjectNode read(String part) {
        try {
            return (ObjectNode) JSON.readTree(DECODE.decode(part));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JWT part", e);
        }
    }

    private static String encode(ObjectNode node) {
        try {
            return ENCODE.encodeToString(JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
