package io.remedy.billing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** Billing's settings; defaults in {@code application.properties}, every one overridable per deployment. */
@ConfigMapping(prefix = "remedy.billing")
public interface BillingConfig {

    Tax tax();

    Provider provider();

    Receipts receipts();

    /** Receipts as notification-service fetches them to e-mail them (docs/decisions/receipts.md). */
    interface Receipts {

        /** The bearer token notification-service sends for {@code /internal/receipts/…}: set it per deployment. */
        String internalToken();
    }

    /**
     * Tax rates (percent, included in a session's price) per location code: a fallback for events that name no rate
     * (published before booking's locations carried one).
     */
    interface Tax {

        /** The rate of a location not named in {@link #rates()}. */
        @WithDefault("0")
        BigDecimal defaultRate();

        /** Rates by location code, e.g. {@code remedy.billing.tax.rates.norwich=20}. */
        Map<String, BigDecimal> rates();

        /** The rate of a location. */
        default BigDecimal rateAt(String locationCode) {
            return rates().getOrDefault(locationCode, defaultRate());
        }
    }

    /** The payment provider: its API (hosted checkout pages) and the webhooks it signs. */
    interface Provider {

        /** Base URL of the provider's API. */
        String url();

        /** The API token, from configuration (an environment variable in production). */
        String token();

        /** The Standard Webhooks secret ({@code whsec_<base64>}) the provider signs its webhooks with. */
        String webhookSecret();

        /** Where the provider sends its webhooks: this service's {@code /provider/webhooks} as the provider reaches it. */
        String webhookUrl();

        /** Longest wait for the provider's answer. */
        @WithDefault("10s")
        Duration timeout();
    }
}
