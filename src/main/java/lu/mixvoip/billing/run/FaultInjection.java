package lu.mixvoip.billing.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes a run fail on purpose at a named point, to prove that running the same command again repairs it:
 * {@code --billing.fault-injection=render:3} fails when the third PDF has been written. Points: {@code load} (rows
 * read), {@code rate} (customers rated), {@code issue} (invoices numbered and stored, not yet committed),
 * {@code render} (PDF files written), {@code import} (rows read by {@code import}), {@code deliver} (before the N-th
 * message is marked sending and handed to the mail server), {@code delivered} (after the server accepted the N-th
 * message, before that is recorded: the instant whose crash leaves a message "unknown"). With a third part,
 * {@code render:3:hold}, the run stops there and waits until it is killed: a drill for {@code kill -9} and for a
 * second run arriving while one is in flight, without a race against a fast machine. Off unless that property is
 * set; meant for tests and drills.
 */
public class FaultInjection {
    private final String point;
    private final long at;
    private final boolean hold;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    public FaultInjection(String spec) {
        if (spec == null || spec.isBlank()) {
            point = "";
            at = 0;
            hold = false;
        } else {
            String[] parts = spec.split(":");
            if (parts.length < 2 || parts.length > 3 || !parts[1].matches("\\d+")
                    || (parts.length == 3 && !parts[2].equals("hold"))) {
                throw new IllegalArgumentException(
                        "billing.fault-injection: expected POINT:N or POINT:N:hold, got '" + spec + "'");
            }
            point = parts[0];
            at = Long.parseLong(parts[1]);
            hold = parts.length == 3;
        }
    }

    public void reach(String name) {
        if (point.equals(name) && counts.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet() == at) {
            if (hold) {
                holdUntilKilled();
            }
            throw new IllegalStateException("fault injected at " + name + ":" + at);
        }
    }

    private static void holdUntilKilled() {
        System.err.println("fault injection: holding here until this process is killed");
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // An interrupt ends a hold: the run fails here like at any injected fault, and only here (the flag
                // stays cleared, or every later file and socket call of the failing run would fail too).
                return;
            }
        }
    }
}
