package lu.mixvoip.billing.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.servicelevel.ServiceLevelStatus;
import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.servicelevel.TicketAssessment;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/** A run's tickets measured against their service levels (billing-rules §15): the rows of sla.csv, and its counts. */
public class TicketAssessmentRepository {
    private static final String INSERT = "INSERT INTO ticket_assessment (run_id, customer_id, ticket, reported_at,"
            + " responded_at, tier, response_minutes, response_limit_minutes, response_status, first_intervention_at,"
            + " intervention_minutes, intervention_limit_minutes, intervention_status)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public TicketAssessmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tickets assessed, and those that were not (no contract on the day, or no service level for the tier). */
    public void save(long runId, List<TicketAssessment> assessed, List<Ticket> notAssessed) {
        List<Object[]> rows = new ArrayList<>();
        for (TicketAssessment a : assessed) {
            rows.add(new Object[] {runId, a.ticket().customerId(), a.ticket().id(), time(a.ticket().reportedAt()),
                    time(a.ticket().respondedAt()), a.tier().name(), a.responseMinutes(), a.responseLimitMinutes(),
                    a.responseStatus().csvName(), time(a.firstInterventionAt()), a.interventionMinutes(),
                    a.interventionLimitMinutes(), a.interventionStatus().csvName()});
        }
        for (Ticket t : notAssessed) {
            rows.add(new Object[] {runId, t.customerId(), t.id(), time(t.reportedAt()), time(t.respondedAt()), null,
                    null, null, null, null, null, null, null});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }

    /** The run's assessed tickets in sla.csv's order: customer, report time, ticket. */
    public void assessed(long runId, Consumer<? super TicketAssessment> each) {
        // The condition on customer_id, always true, makes H2 read in the order of ticket_assessment_order instead
        // of sorting the month's tickets on disk.
        jdbc.query("SELECT * FROM ticket_assessment WHERE run_id = ? AND customer_id >= '' AND tier IS NOT NULL"
                + " ORDER BY run_id, customer_id, reported_at, ticket", rs -> {
                    each.accept(assessment(rs));
                }, runId);
    }

    /** What the run report says of a run's tickets. */
    public record Counts(long assessed, long notAssessed, long responseMet, long responseBreached,
                         long responsePending, long interventionMet, long interventionBreached,
                         long interventionPending) {
    }

    public Counts counts(long runId) {
        return jdbc.queryForObject("SELECT COUNT(tier), COUNT(*) - COUNT(tier),"
                + " SUM(CASE WHEN response_status = 'met' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN response_status = 'breached' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN response_status = 'pending' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN intervention_status = 'met' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN intervention_status = 'breached' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN intervention_status = 'pending' THEN 1 ELSE 0 END)"
                + " FROM ticket_assessment WHERE run_id = ?", (rs, n) -> new Counts(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)), runId);
    }

    private static TicketAssessment assessment(ResultSet rs) throws SQLException {
        Ticket ticket = new Ticket(rs.getString("ticket"), rs.getString("customer_id"), zoned(rs, "reported_at"),
                zoned(rs, "responded_at"));
        return new TicketAssessment(ticket, Tier.valueOf(rs.getString("tier")),
                zoned(rs, "first_intervention_at"), rs.getLong("response_minutes"),
                rs.getLong("response_limit_minutes"), status(rs.getString("response_status")),
                rs.getLong("intervention_minutes"), rs.getLong("intervention_limit_minutes"),
                status(rs.getString("intervention_status")));
    }

    private static ServiceLevelStatus status(String csvName) {
        return ServiceLevelStatus.valueOf(csvName.toUpperCase(Locale.ROOT));
    }

    private static OffsetDateTime time(ZonedDateTime time) {
        return time == null ? null : time.toOffsetDateTime();
    }

    private static ZonedDateTime zoned(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.atZoneSameInstant(LuxembourgCalendar.ZONE);
    }
}
