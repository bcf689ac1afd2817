package io.remedy.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Answers which addresses a host name has. {@link WebhookTargets} asks it once per try and the sender connects to the
 * address it checked, so the guard and the connection never see two different answers. The JDK's resolver
 * ({@link SystemHostResolver}) unless another bean is given (tests play a name server that changes its answers).
 */
public interface HostResolver {

    /** The host's addresses, in the order the resolver gave them; blocks. */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
