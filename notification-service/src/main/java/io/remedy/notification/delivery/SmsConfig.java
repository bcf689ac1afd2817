package io.remedy.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The SMS provider's HTTP API: {@code POST <url>/v1/messages} with a bearer token. */
@ConfigMapping(prefix = "remedy.sms")
public interface SmsConfig {

    /** Base URL of the provider's API. */
    String url();

    /** The API token, from configuration (an environment variable in production). */
    String token();

    /** The sender name recipients see. */
    @WithDefault("Remedy")
    String sender();

    /** Longest wait for the provider's answer. */
    @WithDefault("10s")
    Duration timeout();
}
