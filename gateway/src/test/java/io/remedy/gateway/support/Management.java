package io.remedy.gateway.support;

import org.eclipse.microprofile.config.ConfigProvider;

/** The gateway's management interface in tests: health and metrics, on the port {@link GatewayTestStack} named. */
public final class Management {

    private Management() {
    }

    /** {@code http://localhost:<management test port><path>} */
    public static String url(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }
}
