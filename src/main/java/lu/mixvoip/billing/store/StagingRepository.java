package lu.mixvoip.billing.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.tariff.Tier;

/** The validated month a run bills, staged per run so that rating can stream it back one customer at a time. */
public class StagingRepository {
    private final JdbcTemplate jdbc;

    public StagingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void clear(long runId) {
        for (String table : List.of("staged_intervention_block", "staged_range", "staged_contract", "staged_customer",
                "rejected_row")) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
    }

    /** Batches inserts, rejects included; {@link StagingWriter#flush()} before the transaction ends. */
    public StagingWriter writer(long runId) {
        return new StagingWriter(jdbc, runId);
    }

    public long countBillableCustomers(long runId) {
        Long count = jdbc.queryForObject("SELECT COALESCE(SUM(billable_customers), 0) FROM staged_range"
                + " WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    /**
     * The next customers after {@code afterCustomerId} (ascending id) to bill: those with contracts or interventions
     * staged, and those with an invoice in force for the month (a re-bill may have to cancel it). A customer no
     * longer in the input is taken as its invoice shows it.
     */
    public List<StagedMonth> nextCustomerMonths(long runId, YearMonth month, String afterCustomerId, int limit,
                                                  InvoiceRepository invoices) {
        // A page ends with the next range that has something to bill, so that each range is decoded once.
        TreeSet<String> ids = new TreeSet<>(invoices.inForceCustomersAfter(month, afterCustomerId, limit));
        Optional<StagedRange> range = nextRange(runId, afterCustomerId);
        range.ifPresent(r -> ids.addAll(r.ids()));
        List<String> page = (range.isPresent() ? ids.headSet(range.get().lastCustomerId(), true) : ids).stream()
                .limit(limit).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        String first = page.get(0);
        String last = page.get(page.size() - 1);
        Map<String, Customer> customers = new HashMap<>();
        jdbc.query("SELECT * FROM staged_customer WHERE run_id = ? AND customer_id >= ? AND customer_id <= ?",
                rs -> {
                    Customer customer = customer(rs);
                    customers.put(customer.id(), customer);
                }, runId, first, last);
        Map<String, IssuedInvoice> inForce = invoices.inForceBetween(month, first, last);
        Map<String, StagedMonth.Builder> rows = new HashMap<>();
        jdbc.query("SELECT * FROM staged_contract WHERE run_id = ? AND customer_id >= ? AND customer_id <= ?",
                rs -> {
                    Contract contract = contract(rs);
                    rows.computeIfAbsent(contract.customerId(), k -> new StagedMonth.Builder())
                            .contract(contract, (Long) rs.getObject("line", Long.class));
                }, runId, first, last);
        range.ifPresent(r -> forEachIntervention(runId, r.number(), r.number(), (intervention, line) -> {
            if (intervention.customerId().compareTo(first) >= 0 && intervention.customerId().compareTo(last) <= 0) {
                rows.computeIfAbsent(intervention.customerId(), k -> new StagedMonth.Builder())
                        .intervention(intervention, line);
            }
        }));
        return page.stream().map(id -> rows.getOrDefault(id, new StagedMonth.Builder()).build(
                customers.containsKey(id) ? customers.get(id) : inForce.get(id).invoice().customer(), month)).toList();
    }

    /** A range of staged customers, with those of its customers that have something to bill. */
    private record StagedRange(int number, String lastCustomerId, List<String> ids) {
    }

    /** The first range with customers to bill after {@code afterCustomerId}, with those customers. */
    private Optional<StagedRange> nextRange(long runId, String afterCustomerId) {
        String after = afterCustomerId;
        while (true) {
            List<StagedRange> next = jdbc.query("SELECT range_no, last_customer_id, billable_ids FROM staged_range"
                            + " WHERE run_id = ? AND last_customer_id > ? ORDER BY last_customer_id LIMIT 1",
                    (rs, n) -> new StagedRange(rs.getInt(1), rs.getString(2),
                            unpackIds(rs.getString(3), afterCustomerId)), runId, after);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (!next.get(0).ids().isEmpty()) {
                return Optional.of(next.get(0));
            }
            after = next.get(0).lastCustomerId();
        }
    }

    private static List<String> unpackIds(String packed, String afterCustomerId) {
        List<String> ids = new ArrayList<>();
        PackedRows.Reader rows = new PackedRows.Reader(packed);
        while (rows.hasRow()) {
            String id = rows.field();
            if (id.compareTo(afterCustomerId) > 0) {
                ids.add(id);
            }
        }
        return ids;
    }

    private void forEachIntervention(long runId, int firstRange, int lastRange, BiConsumer<Intervention, Long> each) {
        jdbc.query("SELECT interventions FROM staged_intervention_block WHERE run_id = ? AND range_no >= ?"
                        + " AND range_no <= ? ORDER BY range_no, block_no",
                rs -> {
                    StagedInterventions.unpack(rs.getString(1), each);
                }, runId, firstRange, lastRange);
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
}
