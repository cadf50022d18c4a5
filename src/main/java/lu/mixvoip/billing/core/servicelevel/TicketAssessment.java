package lu.mixvoip.billing.core.servicelevel;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * One ticket measured against its tier's service level (billing-rules §15): one row of sla.csv. The tier is the one of
 * the customer's active contract on the local date of the report; minutes are fault-handling minutes from the report
 * to the response or first intervention, or to the end of the report's month when there is none yet.
 */
public record TicketAssessment(
        Ticket ticket,
        Tier tier,
        ZonedDateTime firstInterventionAt,
        long responseMinutes,
        long responseLimitMinutes,
        ServiceLevelStatus responseStatus,
        long interventionMinutes,
        long interventionLimitMinutes,
        ServiceLevelStatus interventionStatus) {

    /** sla.csv's header, in order. */
    public static final List<String> SLA_COLUMNS = List.of("ticket", "customer_id", "tier", "reported_at",
            "responded_at", "response_minutes", "response_limit_minutes", "response_status", "first_intervention_at",
            "intervention_minutes", "intervention_limit_minutes", "intervention_status");

    /** sla.csv's row order: customer_id, then reported_at (the instant), then ticket; strings compared as they are. */
    public static final Comparator<TicketAssessment> SLA_ORDER = Comparator
            .comparing((TicketAssessment a) -> a.ticket().customerId())
            .thenComparing(a -> a.ticket().reportedAt().toInstant())
            .thenComparing(a -> a.ticket().id());

    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    public TicketAssessment {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(tier, "tier");
    }

    /**
     * Measures a ticket of the month under {@code level}, the service level of {@code tier} in the tariff version in
     * force on the report's local date. The month's end E is the first instant of the month after the report's.
     */
    public static TicketAssessment assess(TicketOfMonth reported, Tier tier, ServiceLevel level) {
        Ticket ticket = reported.ticket();
        ZonedDateTime monthEnd = ticket.reportedAt().withZoneSameInstant(LuxembourgCalendar.ZONE).toLocalDate()
                .withDayOfMonth(1).plusMonths(1).atStartOfDay(LuxembourgCalendar.ZONE);

        boolean responded = ticket.respondedAt() != null;
        long response = level.faultHandlingMinutes(ticket.reportedAt(), responded ? ticket.respondedAt() : monthEnd);
        ZonedDateTime first = reported.firstInterventionAt();
        long intervention = level.faultHandlingMinutes(ticket.reportedAt(), first != null ? first : monthEnd);
        return new TicketAssessment(ticket, tier, first,
                response, level.responseLimitMinutes(),
                ServiceLevelStatus.of(response, level.responseLimitMinutes(), responded),
                intervention, level.interventionLimitMinutes(),
                ServiceLevelStatus.of(intervention, level.interventionLimitMinutes(), first != null));
    }

    /** This assessment's sla.csv cells, in {@link #SLA_COLUMNS} order, not yet quoted or escaped. */
    public List<String> slaCells() {
        return List.of(ticket.id(), ticket.customerId(), tier.name(), localMinute(ticket.reportedAt()),
                localMinute(ticket.respondedAt()), Long.toString(responseMinutes), Long.toString(responseLimitMinutes),
                responseStatus.csvName(), localMinute(firstInterventionAt), Long.toString(interventionMinutes),
                Long.toString(interventionLimitMinutes), interventionStatus.csvName());
    }

    /** Local {@code YYYY-MM-DDTHH:MM}, blank when absent. */
    private static String localMinute(ZonedDateTime time) {
        return time == null ? "" : time.withZoneSameInstant(LuxembourgCalendar.ZONE).format(LOCAL_MINUTE);
    }
}
