package io.remedy.notification.delivery;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.net.ConnectException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/**
 * Text messages through the SMS provider's HTTP API ({@link SmsProviderApi}): {@code POST /v1/messages} with
 * {@code {to, from, body}}, a 2xx answer carries the provider's message id. 400 and 422 mean the message or number is
 * refused for good; other answers and network errors fail the try, and the delivery log tries again later.
 * <p>
 * Fault Tolerance bounds each call by {@code remedy.sms.timeout} and retries it at once only when no connection
 * could be made (the request never left, so nothing can have been sent): the provider has no idempotency key, and a
 * call that timed out or was answered may have sent the text, so it is never repeated here. The delivery log's own
 * retry, with its backoff, decides about those.
 */
@ApplicationScoped
public class SmsChannel {

    /** Retries of a call that found no connection (at once, then after a short pause). */
    static final int CONNECT_RETRIES = 2;

    private final SmsConfig config;
    private final SmsProviderApi provider;
    private final TypedGuard<Uni<SmsProviderApi.Accepted>> guard;

    public SmsChannel(SmsConfig config) {
        this.config = config;
        this.provider = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.url()))
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(SmsProviderApi.class);
        this.guard = TypedGuard.create(new TypeLiteral<Uni<SmsProviderApi.Accepted>>() {
                })
                .withDescription("sms-provider")
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(CONNECT_RETRIES).delay(100, ChronoUnit.MILLIS)
                .whenException(SmsChannel::noConnection).done()
                .build();
    }

    /** Sends one text; emits the provider's message id. */
    public Uni<String> send(String to, String body) {
        if (to == null || to.isBlank()) {
            return Uni.createFrom().failure(new SendFailure(SendFailure.NO_ADDRESS, "No mobile number", true));
        }
        SmsProviderApi.Text text = new SmsProviderApi.Text(to, config.sender(), body);
        return guard.get(() -> provider.send("Bearer " + config.token(), text))
                .map(accepted -> accepted == null ? null : accepted.id())
                .onFailure().transform(SmsChannel::sendFailure);
    }

    private static Throwable sendFailure(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return new SendFailure(SendFailure.TIMEOUT, "No answer from the SMS provider in time", false);
        }
        if (!(failure instanceof WebApplicationException answer)) {
            return failure;
        }
        int status = answer.getResponse().getStatus();
        String detail = "SMS provider answered " + status;
        if (status == 400 || status == 422) {
            return new SendFailure(SendFailure.INVALID_ADDRESS, detail, true);
        }
        if (status == 401 || status == 403) {
            return new SendFailure(SendFailure.REJECTED, detail, false);
        }
        return new SendFailure(SendFailure.PROVIDER_UNAVAILABLE, detail, false);
    }

    /** No connection was made: nothing reached the provider. */
    static boolean noConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
