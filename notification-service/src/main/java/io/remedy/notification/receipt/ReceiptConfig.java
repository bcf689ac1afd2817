package io.remedy.notification.receipt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where receipts are fetched to be e-mailed: billing-service's internal receipt endpoint and its shared token. */
@ConfigMapping(prefix = "remedy.notification.receipts")
public interface ReceiptConfig {

    /** Base URL of billing-service as this service reaches it (not the gateway: the path is internal). */
    String billingUrl();

    /** The shared internal token billing-service expects ({@code remedy.billing.receipts.internal-token}). */
    String token();

    /** Longest wait for billing's answer. */
    @WithDefault("10s")
    Duration timeout();
}
