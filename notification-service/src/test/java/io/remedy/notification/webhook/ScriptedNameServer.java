package io.remedy.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A name server the tests control, in place of the system's: a scripted name answers its next address on each
 * question (the last answer repeats), as a rebinding attacker's server would; every other name is resolved as usual.
 */
@ApplicationScoped
public class ScriptedNameServer implements HostResolver {

    private final Map<String, Deque<String>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> questions = new ConcurrentHashMap<>();

    /** From now on {@code host} answers these addresses (literals), one a question, the last one repeating. */
    void script(String host, String... addresses) {
        answers.put(host, new ArrayDeque<>(List.of(addresses)));
        questions.put(host, new AtomicInteger());
    }

    /** How often {@code host} was asked for since it was scripted. */
    int questions(String host) {
        AtomicInteger asked = questions.get(host);
        return asked == null ? 0 : asked.get();
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        Deque<String> scripted = answers.get(host);
        if (scripted == null) {
            return List.of(InetAddress.getAllByName(host));
        }
        questions.get(host).incrementAndGet();
        String next;
        synchronized (scripted) {
            next = scripted.size() > 1 ? scripted.poll() : scripted.peek();
        }
        List<InetAddress> answer = new ArrayList<>();
        // a literal: no lookup; the name stays the one asked for
        answer.add(InetAddress.getByAddress(host, InetAddress.getByName(next).getAddress()));
        return answer;
    }
}
