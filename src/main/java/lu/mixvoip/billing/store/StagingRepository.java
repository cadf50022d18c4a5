package lu.mixvoip.billing.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.CustomerMonth;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.input.InputFile;

/** The validated month a run bills, staged per run so that rating can stream it back one customer at a time. */
public class StagingRepository {
    private final JdbcTemplate jdbc;

    public StagingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void clear(long runId) {
        for (String table : List.of("staged_intervention", "staged_contract", "staged_customer", "rejected_row")) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
    }

    /** Batches inserts; {@link #flush()} before the transaction ends. */
    public StagingWriter writer(long runId, RejectRepository rejects) {
        return new StagingWriter(jdbc, runId, rejects);
    }

    public long countBillableCustomers(long runId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM staged_customer c WHERE c.run_id = ? AND ("
                + HAS_ROWS + ")", Long.class, runId);
        return count == null ? 0 : count;
    }

    private static final String HAS_ROWS = "EXISTS (SELECT 1 FROM staged_contract k WHERE k.run_id = c.run_id"
            + " AND k.customer_id = c.customer_id) OR EXISTS (SELECT 1 FROM staged_intervention i"
            + " WHERE i.run_id = c.run_id AND i.customer_id = c.customer_id)";

    /**
     * The next customers after {@code afterCustomerId} (ascending id) to bill: those with contracts or interventions
     * staged, and those with an invoice in force for the month (a re-bill may have to cancel it). A customer no
     * longer in the input is taken as its invoice shows it.
     */
    public List<CustomerMonth> nextCustomerMonths(long runId, YearMonth month, String afterCustomerId, int limit,
                                                  InvoiceRepository invoices) {
        // Each side is limited on its own, so the database reads one page of each index, not the whole month.
        List<String> ids = jdbc.queryForList("SELECT customer_id FROM ((SELECT c.customer_id FROM staged_customer c"
                        + " WHERE c.run_id = ? AND c.customer_id > ? AND (" + HAS_ROWS + ") ORDER BY c.customer_id"
                        + " LIMIT ?) UNION (SELECT customer_id FROM invoice WHERE billing_month = ? AND customer_id > ?"
                        + " AND NOT EXISTS (SELECT 1 FROM credit_note cn WHERE cn.cancels = invoice.invoice_number)"
                        + " ORDER BY customer_id LIMIT ?)) ids ORDER BY customer_id LIMIT ?", String.class,
                runId, afterCustomerId, limit, month.toString(), afterCustomerId, limit, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        String first = ids.get(0);
        String last = ids.get(ids.size() - 1);
        Map<String, Customer> customers = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM staged_customer WHERE run_id = ? AND customer_id >= ? AND customer_id <= ?",
                rs -> {
                    Customer customer = customer(rs);
                    customers.put(customer.id(), customer);
                }, runId, first, last);
        Map<String, IssuedInvoice> inForce = invoices.inForceBetween(month, first, last);
        Map<String, List<Contract>> contracts = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM staged_contract WHERE run_id = ? AND customer_id >= ? AND customer_id <= ?",
                rs -> {
                    Contract contract = contract(rs);
                    contracts.computeIfAbsent(contract.customerId(), k -> new ArrayList<>()).add(contract);
                }, runId, first, last);
        Map<String, List<Intervention>> interventions = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM staged_intervention WHERE run_id = ? AND customer_id >= ? AND customer_id <= ?",
                rs -> {
                    Intervention intervention = intervention(rs);
                    interventions.computeIfAbsent(intervention.customerId(), k -> new ArrayList<>()).add(intervention);
                }, runId, first, last);
        return ids.stream().map(id -> new CustomerMonth(
                customers.containsKey(id) ? customers.get(id) : inForce.get(id).invoice().customer(), month,
                contracts.getOrDefault(id, List.of()), interventions.getOrDefault(id, List.of()))).toList();
    }

    /** Source line of a staged contract or intervention, for a reject found while rating. */
    public Long lineOf(long runId, InputFile file, String id) {
        String table = file == InputFile.CONTRACTS ? "staged_contract" : "staged_intervention";
        List<Long> lines = jdbc.query("SELECT line FROM " + table + " WHERE run_id = ? AND " + file.idColumn()
                        + " = ?",
                (rs, n) -> (Long) rs.getObject("line", Long.class), runId, id);
        return lines.isEmpty() ? null : lines.get(0);
    }

    static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getString("customer_id"), rs.getString("name"), rs.getString("street"),
                rs.getString("postal_code"), rs.getString("city"), rs.getString("country"),
                rs.getString("vat_number"), rs.getString("email"),
                Language.valueOf(rs.getString("language").trim().toUpperCase()), rs.getString("travel_zone"));
    }

    private static Contract contract(ResultSet rs) throws SQLException {
        java.sql.Date end = rs.getDate("end_date");
        return new Contract(rs.getString("contract_id"), rs.getString("customer_id"),
                Tier.valueOf(rs.getString("tier")), rs.getDate("start_date").toLocalDate(),
                end == null ? null : end.toLocalDate());
    }

    private static Intervention intervention(ResultSet rs) throws SQLException {
        return new Intervention(rs.getString("intervention_id"), rs.getString("customer_id"),
                rs.getString("ticket"), rs.getString("technician"), fromEpochMinute(rs.getLong("start_minute")),
                fromEpochMinute(rs.getLong("end_minute")), Mode.valueOf(rs.getString("mode")),
                Skill.valueOf(rs.getString("skill")), rs.getString("description"));
    }

    static long epochMinute(ZonedDateTime time) {
        return time.toEpochSecond() / 60;
    }

    static ZonedDateTime fromEpochMinute(long minute) {
        return Instant.ofEpochSecond(minute * 60).atZone(LuxembourgCalendar.ZONE);
    }
}
