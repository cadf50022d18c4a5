package lu.mixvoip.billing.generator;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes {@code tickets.csv} (billing-rules §15) as the interventions are written: two in three of their tickets,
 * each reported shortly before its first intervention (some a day or more before: worked on late), most answered
 * well within any service level, some late, some never; then a few tickets of the month's last day, not worked on
 * yet; and ~0.6 % bad rows. It draws from its own stream, so the month's other rows are the same as without it.
 */
final class TicketDesk {
    static final String HEADER = "ticket,customer_id,reported_at,responded_at\n";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private final Random random;
    private final Writer out;
    private final YearMonth month;
    private final int customers;
    private String lastTicket = "";
    private int written;

    TicketDesk(long seed, Writer out, YearMonth month, int customers) {
        this.random = new Random(seed);
        this.out = out;
        this.month = month;
        this.customers = customers;
    }

    /**
     * After each intervention row, in file order. A ticket's rows follow one another, so its first row here is its
     * first in the file; its ticket row is for that row's customer, whose work it is.
     */
    void intervention(String ticket, String customerId, LocalDateTime start) throws IOException {
        if (ticket.equals(lastTicket)) {
            return;
        }
        lastTicket = ticket;
        if (random.nextInt(3) == 0) {
            return; // work logged without a ticket of the service desk
        }
        LocalDateTime reported = random.nextInt(100) < 88 ? start.minusMinutes(5 + random.nextInt(235))
                : start.minusHours(20 + random.nextInt(52));
        write(ticket, customerId, reported, response(reported));
    }

    /** The month's last tickets: reported on its last afternoon, no intervention yet, half of them answered. */
    void endOfMonth() throws IOException {
        LocalDateTime lastDay = month.atEndOfMonth().atTime(12, 0);
        for (int n = 1, count = Math.max(1, written / 100); n <= count; n++) {
            LocalDateTime reported = lastDay.plusMinutes(random.nextInt(720));
            String responded = random.nextBoolean() ? STAMP.format(reported.plusMinutes(1 + random.nextInt(30))) : "";
            write(String.format(Locale.ROOT, "T-E%05d", n), customerId(random.nextInt(customers)), reported,
                    responded);
        }
    }

    /** Most within the hour and a half (no service level is shorter); some days later; some never. */
    private String response(LocalDateTime reported) {
        int kind = random.nextInt(100);
        if (kind < 85) {
            return STAMP.format(reported.plusMinutes(2 + random.nextInt(88)));
        } else if (kind < 93) {
            return STAMP.format(reported.plusHours(60 + random.nextInt(70)));
        }
        return "";
    }

    private void write(String ticket, String customerId, LocalDateTime reported, String responded)
            throws IOException {
        String reportedAt = STAMP.format(reported);
        int bad = random.nextInt(500);
        if (bad == 0) {
            customerId = customerId(customers + random.nextInt(1000)); // unknown customer
        } else if (bad == 1) {
            responded = STAMP.format(reported.minusMinutes(30)); // answered before it was reported
        } else if (bad == 2) {
            reportedAt = reportedAt.replace('T', '/'); // not a timestamp
        }
        out.write(ticket + ',' + customerId + ',' + reportedAt + ',' + responded + '\n');
        written++;
    }

    private static String customerId(int n) {
        return SyntheticMonth.customerId(n);
    }
}
