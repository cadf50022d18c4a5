package lu.mixvoip.billing.core.servicelevel;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A row of tickets.csv (billing-rules §15): a problem a customer reported, and when it was acknowledged; times in
 * Luxembourg, seconds dropped. {@code id} is the {@code ticket} column; {@code respondedAt} is null while unanswered
 * and never before {@code reportedAt}.
 */
public record Ticket(String id, String customerId, ZonedDateTime reportedAt, ZonedDateTime respondedAt) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(reportedAt, "reportedAt");
        if (respondedAt != null && respondedAt.toInstant().isBefore(reportedAt.toInstant())) {
            throw new IllegalArgumentException("ticket " + id + ": responded at " + respondedAt
                    + ", before it was reported at " + reportedAt);
        }
    }

    /**
     * Whether an intervention row is a candidate for this ticket's first intervention (§15): the same customer, the
     * same ticket text (both trimmed) and a start at or after the report. The caller takes the earliest start among
     * the rows of interventions.csv, any month, that passed the checks made before the month filter (§10).
     */
    public boolean isWorkedOnBy(String interventionCustomerId, String interventionTicket, ZonedDateTime start) {
        return customerId.equals(interventionCustomerId) && id.equals(interventionTicket)
                && !start.toInstant().isBefore(reportedAt.toInstant());
    }
}
