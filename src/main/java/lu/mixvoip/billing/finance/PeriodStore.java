package lu.mixvoip.billing.finance;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.finance.Overview.ServiceLevels;

/**
 * What the finance pack reads from the store: the period's documents with their lines in one streaming query (a
 * cursor: PostgreSQL sends rows in batches inside the caller's transaction), and a few sums for the overview.
 */
class PeriodStore {
    private static final int FETCH_SIZE = 2_000;
    private static final String DOCUMENTS = "SELECT d.document_number, d.document_type, d.billing_month,"
            + " d.issue_date, d.customer_id, d.customer_name, d.country, d.vat_number, d.tier, d.vat_treatment,"
            + " d.vat_rate, d.total_excl_vat, d.vat, d.total_incl_vat, d.run_id, l.kind, l.tier AS line_tier,"
            + " l.skill, l.amount"
            + " FROM document d LEFT JOIN document_line l ON l.document_number = d.document_number"
            + " WHERE d.issue_date >= ? AND d.issue_date <= ?"
            + " ORDER BY d.issue_date, d.document_number, l.position";

    private final JdbcTemplate jdbc;

    PeriodStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(FETCH_SIZE);
    }

    /** The documents issued in the period, each with its lines, in issue-date then number order. */
    void documents(FinancePeriod period, Consumer<PeriodDocument> each) {
        List<PeriodDocument.Line> lines = new ArrayList<>();
        PeriodDocument[] current = new PeriodDocument[1];
        jdbc.query(DOCUMENTS, rs -> {
            String number = rs.getString("document_number");
            if (current[0] != null && !current[0].number().equals(number)) {
                each.accept(withLines(current[0], lines));
                lines.clear();
            }
            if (current[0] == null || !current[0].number().equals(number)) {
                current[0] = header(rs);
            }
            String kind = rs.getString("kind");
            if (kind != null) {
                lines.add(new PeriodDocument.Line(LineKind.valueOf(kind), parse(Tier.class, rs.getString("line_tier")),
                        parse(Skill.class, rs.getString("skill")), rs.getBigDecimal("amount")));
            }
        }, Date.valueOf(period.firstDay()), Date.valueOf(period.lastDay()));
        if (current[0] != null) {
            each.accept(withLines(current[0], lines));
        }
    }

    /** Revenue excl. VAT per billing month, net of credit notes, of the documents issued by {@code issuedBy}. */
    Map<YearMonth, BigDecimal> revenueOfMonths(List<YearMonth> months, LocalDate issuedBy) {
        Map<YearMonth, BigDecimal> revenue = new TreeMap<>();
        months.forEach(m -> revenue.put(m, BigDecimal.ZERO.setScale(2)));
        jdbc.query("SELECT billing_month, SUM(total_excl_vat) FROM document WHERE billing_month >= ?"
                + " AND billing_month <= ? AND issue_date <= ? GROUP BY billing_month", rs -> {
                    revenue.put(YearMonth.parse(rs.getString(1).trim()), rs.getBigDecimal(2).setScale(2));
                }, months.get(0).toString(), months.get(months.size() - 1).toString(), Date.valueOf(issuedBy));
        return revenue;
    }

    /** The tickets these runs assessed, per tier: met, breached (response or intervention), pending. */
    Map<Tier, ServiceLevels> serviceLevels(Collection<Long> runIds) {
        Map<Tier, ServiceLevels> byTier = new EnumMap<>(Tier.class);
        if (runIds.isEmpty()) {
            return byTier;
        }
        jdbc.query("SELECT tier, response_status, intervention_status, COUNT(*) FROM ticket_assessment"
                + " WHERE tier IS NOT NULL AND run_id IN (" + placeholders(runIds.size()) + ")"
                + " GROUP BY tier, response_status, intervention_status", rs -> {
                    long count = rs.getLong(4);
                    String response = rs.getString(2);
                    String intervention = rs.getString(3);
                    ServiceLevels tickets = response.equals("breached") || intervention.equals("breached")
                            ? new ServiceLevels(0, count, 0)
                            : response.equals("met") && intervention.equals("met") ? new ServiceLevels(count, 0, 0)
                            : new ServiceLevels(0, 0, count);
                    byTier.merge(Tier.valueOf(rs.getString(1)), tickets, ServiceLevels::plus);
                }, runIds.toArray());
        return byTier;
    }

    long rejectedRows(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE run_id IN ("
                + placeholders(runIds.size()) + ")", Long.class, runIds.toArray());
        return count == null ? 0 : count;
    }

    private static PeriodDocument header(ResultSet rs) throws SQLException {
        return new PeriodDocument(rs.getString("document_number"), rs.getString("document_type").equals("CREDIT_NOTE"),
                rs.getString("billing_month").trim(), rs.getDate("issue_date").toLocalDate(),
                rs.getString("customer_id"), rs.getString("customer_name"), rs.getString("country").trim(),
                rs.getString("vat_number"), Tier.valueOf(rs.getString("tier")),
                VatTreatment.valueOf(rs.getString("vat_treatment")), rs.getBigDecimal("vat_rate"),
                rs.getBigDecimal("total_excl_vat"), rs.getBigDecimal("vat"), rs.getBigDecimal("total_incl_vat"),
                rs.getLong("run_id"), List.of());
    }

    private static PeriodDocument withLines(PeriodDocument d, List<PeriodDocument.Line> lines) {
        return new PeriodDocument(d.number(), d.creditNote(), d.billingMonth(), d.issueDate(), d.customerId(),
                d.customerName(), d.country(), d.vatNumber(), d.tier(), d.treatment(), d.vatRate(), d.totalExclVat(),
                d.vat(), d.totalInclVat(), d.runId(), lines);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
