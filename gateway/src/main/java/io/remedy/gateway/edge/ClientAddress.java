package io.remedy.gateway.edge;

import io.remedy.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Who is calling, as an IP address: the connection's peer, unless that peer is one of the configured proxies; then
 * the last address in {@code X-Forwarded-For} that is not itself a trusted proxy (the entries further left were
 * written by whoever called the first proxy, and can be forged).
 */
@ApplicationScoped
public class ClientAddress {

    private final List<AddressBlock> trusted;

    @Inject
    public ClientAddress(GatewayConfig config) {
        this(config.trustedProxies().orElse(List.of()).stream().filter(s -> !s.isBlank()).map(AddressBlock::parse)
                .toList());
    }

    ClientAddress(List<AddressBlock> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** The client's IP address. */
    public String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        String direct = peer == null || peer.host() == null ? "unknown" : peer.host();
        return resolve(direct, request.headers().getAll("X-Forwarded-For"));
    }

    String resolve(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::trim).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (AddressBlock.literal(hop).isEmpty()) {
                // garbage in the chain: trust nothing to the left of it
                return i == hops.size() - 1 ? peer : hops.get(i + 1);
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean isTrusted(String address) {
        for (AddressBlock block : trusted) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
