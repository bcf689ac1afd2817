package io.remedy.local;

import java.util.List;
import java.util.Map;

/** The payment-provider stub ({@link PaymentStubServer}) in its own JVM. */
public final class PaymentStub extends ProcessComponent {

    public static final String NAME = "payments";

    private final int port;
    private final String token;
    private final String webhookSecret;

    public PaymentStub(StackLayout layout, int port, String token, String webhookSecret) {
        super(NAME, layout);
        this.port = port;
        this.token = token;
        this.webhookSecret = webhookSecret;
    }

    @Override
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The bearer token the stub's API accepts. */
    public String token() {
        return token;
    }

    /** The Standard Webhooks secret ({@code whsec_<Base64>}) the stub signs its webhooks with. */
    public String webhookSecret() {
        return webhookSecret;
    }

    @Override
    protected List<String> command() {
        return List.of(javaExecutable(), "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", Distributions.ownClasspath(), PaymentStubServer.class.getName(), String.valueOf(port));
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of(PaymentStubServer.TOKEN_VARIABLE, token, PaymentStubServer.SECRET_VARIABLE, webhookSecret);
    }

    @Override
    protected boolean ready() {
        return Ports.answers(port);
    }
}
