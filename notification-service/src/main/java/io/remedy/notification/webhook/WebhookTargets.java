package io.remedy.notification.webhook;

import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a webhook may point: an http(s) URL whose host resolves only to public addresses. Loopback, private
 * (RFC 1918), carrier-grade NAT, link-local (cloud metadata services live there), unique-local IPv6, multicast and
 * unspecified addresses are refused, so a chain admin cannot make the platform call into its own network. Hosts on
 * the allow-list ({@code remedy.notification.webhooks.allowed-hosts}, local runs and tests) are let through. Checked
 * on registration and again before every try (a name may resolve elsewhere later). A check resolves the name once and
 * answers the address it checked: the sender connects to that address (naming the host in {@code Host} and TLS SNI)
 * and never resolves again, so a name that answers a public address to the check and a private one a moment later
 * (DNS rebinding) cannot lead a try into our network. Resolving blocks: call it off the event loop.
 */
@ApplicationScoped
public class WebhookTargets {

    static final int MAX_URL_LENGTH = 2000;

    private final Set<String> allowed;
    private final HostResolver resolver;
    private final Vertx vertx;

    public WebhookTargets(WebhookConfig config, HostResolver resolver, Vertx vertx) {
        this.resolver = resolver;
        this.vertx = vertx;
        this.allowed = config.allowedHosts().orElse(List.of()).stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The URL's form: absolute http(s) with a host, no user info, no fragment; a 400 naming {@code url} if not. */
    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw ProblemException.validation("url", "is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw ProblemException.validation("url", "must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ProblemException.validation("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.validation("url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.validation("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ProblemException.validation("url", "must not carry user info or a fragment");
        }
        return uri;
    }

    /** A checked URL and the address to connect to: the one the check resolved and found public (or allowed). */
    public record Target(URI uri, InetAddress address) {

        boolean secure() {
            return "https".equalsIgnoreCase(uri.getScheme());
        }

        int port() {
            return uri.getPort() != -1 ? uri.getPort() : secure() ? 443 : 80;
        }
    }

    /**
     * Resolves the URL's host once and refuses (400 naming {@code url}) a URL that is malformed or whose host is not
     * public and not allowed; otherwise the address to connect to.
     */
    public Target check(String url) {
        URI uri = parse(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw ProblemException.validation("url", "names a host that cannot be resolved");
        }
        if (addresses.isEmpty()) {
            throw ProblemException.validation("url", "names a host that cannot be resolved");
        }
        if (!allowed.contains(host) && !allowed.contains(bare)) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw ProblemException.validation("url",
                            "resolves to a private, loopback or link-local address, which webhooks may not call");
                }
            }
        }
        return new Target(uri, addresses.get(0));
    }

    /**
     * {@link #check} on a worker thread (resolving a name blocks), emitting on the caller's context, so a
     * transaction that follows runs where it began.
     */
    public Uni<Target> checked(String url) {
        return Uni.createFrom().item(() -> parse(url)).chain(ignored -> Uni.createFrom().<Target>emitter(emitter -> vertx
                .<Target>executeBlocking(() -> check(url), false)
                .onComplete(result -> {
                    if (result.succeeded()) {
                        emitter.complete(result.result());
                    } else {
                        emitter.fail(result.cause());
                    }
                })));
    }

    /** Whether an address is on the public internet. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] raw = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = raw[0] & 0xff;
            int second = raw[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (raw[2] & 0xff) == 0) // IETF protocol assignments
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((raw[0] & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= raw[i] == 0;
            }
            if (mapped && (raw[10] & 0xff) == 0xff && (raw[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {raw[12], raw[13], raw[14], raw[15]}));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
        }
        return true;
    }
}
