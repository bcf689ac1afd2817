package io.remedy.local.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    @Test
    void tokenIsSignedWithThePublishedKey() throws Exception {
        String[] parts = TestTokens.issue("reception.norwich@harbour.test", "harbour", List.of("norwich"), "receptionist")
                .split("\\.");
        assertEquals(3, parts.length);
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(TestTokens.publicKey())));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(signature.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void tokenCarriesTheClaimsTheServicesRead() {
        String token = TestTokens.issue("ana.therapist@harbour.test", "harbour", List.of("norwich", "jupiter"), "therapist");
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"RS256\""), header);
        for (String expected : List.of("\"iss\":\"https://remedy.test/realms/remedy\"", "\"sub\":\"ana.therapist@harbour.test\"",
                "\"aud\":\"remedy-api\"", "\"tenant\":\"harbour\"", "\"locations\":[\"norwich\",\"jupiter\"]",
                "\"realm_access\":{\"roles\":[\"therapist\"]}", "\"preferred_username\":\"ana.therapist@harbour.test\"",
                "\"email\":\"ana.therapist@harbour.test\"", "\"exp\":", "\"iat\":")) {
            assertTrue(claims.contains(expected), expected + " in " + claims);
        }
    }

    @Test
    void everyClassLoaderSignsWithTheSameKey() {
        // the key pair lives in the system properties; a second lookup must give the same key
        assertEquals(TestTokens.publicKey(), Base64.getEncoder().encodeToString(TestTokens.keyPair().getPublic().getEncoded()));
    }
}
