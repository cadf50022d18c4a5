package lu.mixvoip.billing.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Prints how far a step has got every few seconds: one self-contained line each time (no carriage returns), so it
 * reads the same in a terminal and in a cron log.
 */
public class Progress {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;
    private final long intervalNanos;
    private final LongSupplier nanoTime;

    public Progress(PrintStream out, Duration interval) {
        this(out, interval, System::nanoTime);
    }

    Progress(PrintStream out, Duration interval, LongSupplier nanoTime) {
        this.out = out;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Starts tracking a step of {@code total} items ({@code 0} when the total is not known in advance). */
    public Tracker start(String step, String unit, long total) {
        return new Tracker(step, unit, total);
    }

    /** Counts one step's items; safe to advance from several threads. */
    public final class Tracker {
        private final String step;
        private final String unit;
        private final long total;
        private final long started = nanoTime.getAsLong();
        private final AtomicLong done = new AtomicLong();
        private volatile long lastPrinted = started;

        private Tracker(String step, String unit, long total) {
            this.step = step;
            this.unit = unit;
            this.total = total;
        }

        public void advance() {
            advance(1);
        }

        public void advance(long items) {
            done.addAndGet(items);
            long now = nanoTime.getAsLong();
            if (now - lastPrinted >= intervalNanos) {
                synchronized (this) {
                    if (now - lastPrinted >= intervalNanos) {
                        lastPrinted = now;
                        print(now, false);
                    }
                }
            }
        }

        public void finish() {
            print(nanoTime.getAsLong(), true);
        }

        private void print(long now, boolean finished) {
            long count = done.get();
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            double rate = count / seconds;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s  %-7s ",
                    LocalDateTime.now().format(CLOCK), step));
            line.append(total > 0 ? String.format(Locale.ROOT, "%,d/%,d %s (%.1f %%)", count, total, unit,
                    100.0 * count / total) : String.format(Locale.ROOT, "%,d %s", count, unit));
            line.append(String.format(Locale.ROOT, "  %,.0f/s", rate));
            if (finished) {
                line.append(String.format(Locale.ROOT, "  done in %s", clock(seconds)));
            } else if (total > 0 && rate > 0) {
                line.append("  ETA ").append(clock(Math.max(0, total - count) / rate));
            }
            out.println(line);
        }
    }

    public static String clock(double seconds) {
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
    }
}
