package lu.mixvoip.billing.core.servicelevel;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A ticket reported in the billed month with the start of its first intervention ({@link Ticket#isWorkedOnBy}, any
 * month), or null when it has none yet.
 */
public record TicketOfMonth(Ticket ticket, ZonedDateTime firstInterventionAt) {

    public TicketOfMonth {
        Objects.requireNonNull(ticket, "ticket");
        if (firstInterventionAt != null && firstInterventionAt.toInstant().isBefore(ticket.reportedAt().toInstant())) {
            throw new IllegalArgumentException("ticket " + ticket.id() + ": first intervention at "
                    + firstInterventionAt + ", before it was reported at " + ticket.reportedAt());
        }
    }
}
