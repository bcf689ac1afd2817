package io.remedy.local;

import java.util.List;

/** The SMS-provider stub ({@link SmsStubServer}) in its own JVM. */
public final class SmsStub extends ProcessComponent {

    public static final String NAME = "sms";

    private final int port;
    private final String token;

    public SmsStub(StackLayout layout, int port, String token) {
        super(NAME, layout);
        this.port = port;
        this.token = token;
    }

    @Override
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The bearer token the stub accepts. */
    public String token() {
        return token;
    }

    @Override
    protected List<String> command() {
        return List.of(javaExecutable(), "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", Distributions.ownClasspath(), SmsStubServer.class.getName(), String.valueOf(port));
    }

    @Override
    protected java.util.Map<String, String> environment() {
        return java.util.Map.of(SmsStubServer.TOKEN_VARIABLE, token);
    }

    @Override
    protected boolean ready() {
        return Ports.answers(port);
    }
}
