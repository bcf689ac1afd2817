package io.remedy.gateway.edge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of(
            AddressBlock.parse("10.0.0.0/8"), AddressBlock.parse("::1")));

    @Test
    void believesNoForwardingHeaderFromAPeerThatIsNoTrustedProxy() {
        assertEquals("198.51.100.7", behindProxies.resolve("198.51.100.7", List.of("1.2.3.4")));
    }

    @Test
    void takesTheLastAddressATrustedProxyAdded() {
        // the caller wrote 1.2.3.4 itself; the proxy appended the address it saw
        assertEquals("203.0.113.9", behindProxies.resolve("10.1.1.1", List.of("1.2.3.4, 203.0.113.9")));
    }

    @Test
    void skipsEveryTrustedProxyInTheChain() {
        assertEquals("203.0.113.9", behindProxies.resolve("10.1.1.1", List.of("203.0.113.9", "10.2.2.2")));
    }

    @Test
    void trustsNothingLeftOfGarbage() {
        assertEquals("10.2.2.2", behindProxies.resolve("10.1.1.1", List.of("1.2.3.4, evil.example, 10.2.2.2")));
    }

    @Test
    void keepsThePeerWhenAProxySentNoHeader() {
        assertEquals("::1", behindProxies.resolve("::1", List.of()));
    }

    @Test
    void matchesAddressBlocksWithoutAnyLookup() {
        assertTrue(AddressBlock.parse("192.168.0.0/16").contains("192.168.44.1"));
        assertFalse(AddressBlock.parse("192.168.0.0/16").contains("192.169.0.1"));
        assertTrue(AddressBlock.parse("172.16.0.0/12").contains("172.31.255.255"));
        assertFalse(AddressBlock.parse("172.16.0.0/12").contains("172.32.0.0"));
        assertTrue(AddressBlock.parse("2001:db8::/32").contains("2001:db8:1::5"));
        assertFalse(AddressBlock.parse("10.0.0.0/8").contains("localhost"));
        assertThrows(IllegalArgumentException.class, () -> AddressBlock.parse("proxy.internal"));
        assertThrows(IllegalArgumentException.class, () -> AddressBlock.parse("10.0.0.0/33"));
    }
}
