package lu.mixvoip.billing.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes a run fail on purpose at a named point, to prove that running the same command again repairs it:
 * {@code --billing.fault-injection=render:3} fails when the third PDF has been written. Points: {@code load} (rows
 * read), {@code rate} (customers rated), {@code issue} (invoices numbered and stored, not yet committed),
 * {@code render} (PDF files written). Off unless that property is set; meant for tests and drills.
 */
public class FaultInjection {
    private final String point;
    private final long at;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    public FaultInjection(String spec) {
        if (spec == null || spec.isBlank()) {
            point = "";
            at = 0;
        } else {
            String[] parts = spec.split(":");
            point = parts[0];
            at = Long.parseLong(parts[1]);
        }
    }

    public void reach(String name) {
        if (point.equals(name) && counts.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet() == at) {
            throw new IllegalStateException("fault injected at " + name + ":" + at);
        }
    }
}
