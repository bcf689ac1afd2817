package io.remedy.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * GreenMail standalone: SMTP and IMAP with authentication disabled, so mail sent to any address can be read back
 * over IMAP with that address as login (any password).
 */
public final class MailServer extends ProcessComponent {

    public static final String NAME = "mail";

    private final int smtpPort;
    private final int imapPort;

    public MailServer(StackLayout layout, int smtpPort, int imapPort) {
        super(NAME, layout);
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    /** The SMTP port. */
    @Override
    public int port() {
        return smtpPort;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    @Override
    protected List<String> command() {
        return List.of(javaExecutable(), "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.auth.disabled",
                "-jar", Distributions.greenMailJar().toString());
    }

    @Override
    protected boolean ready() {
        return greets(smtpPort, "220", "QUIT", "221") && greets(imapPort, "* OK", "a1 LOGOUT", "a1 ");
    }

    /**
     * Whether the server greets, ending the session properly: GreenMail's IMAP handler (2.1) does not stop when its
     * client just closes the connection, but reads the end of the stream again and again, one core's worth of CPU
     * per such connection for as long as it runs. So the probe says goodbye and waits for the answer.
     */
    private static boolean greets(int port, String greeting, String goodbye, String farewell) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            socket.setSoTimeout(2000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String line = in.readLine();
            if (line == null || !line.startsWith(greeting)) {
                return false;
            }
            socket.getOutputStream().write((goodbye + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            for (String answer = in.readLine(); answer != null; answer = in.readLine()) {
                if (answer.startsWith(farewell)) {
                    break;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
