package lu.mixvoip.billing.store;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/** The validated month a run bills, staged per run so that rating can stream it back one customer at a time. */
public class StagingRepository {
    private final JdbcTemplate jdbc;

    public StagingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void clear(long runId) {
        for (String table : List.of("staged_intervention_block", "staged_contract_block", "staged_range",
                "staged_customer_block", "rejected_row")) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
    }

    /**
     * Batches inserts, rejects included; {@link StagingWriter#flush()} at the end. Each write is made in
     * {@code writes}: a billing run gives each its own transaction, committed at once (H2 ends a transaction by
     * visiting every row it wrote: at the end of a month's load, over a second of reading it all back), and clears
     * what a failed load left before it loads again; a preview writes within its own transaction, rolled back.
     */
    public StagingWriter writer(long runId, TransactionOperations writes) {
        return new StagingWriter(jdbc, runId, writes);
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
        Map<String, Customer> customers = customersBetween(runId, first, last);
        Map<String, IssuedInvoice> inForce = invoices.inForceBetween(month, first, last);
        Map<String, StagedMonth.Builder> rows = new HashMap<>();
        Predicate<String> inPage = id -> id.compareTo(first) >= 0 && id.compareTo(last) <= 0;
        range.ifPresent(r -> {
            forEachBlock(CONTRACT_BLOCKS, runId, r.number(), block -> StagedRows.unpackContracts(block,
                    (contract, line) -> {
                        if (inPage.test(contract.customerId())) {
                            rows.computeIfAbsent(contract.customerId(), k -> new StagedMonth.Builder())
                                    .contract(contract, line);
                        }
                    }));
            forEachBlock(INTERVENTION_BLOCKS, runId, r.number(), block -> StagedRows.unpackInterventions(block,
                    (intervention, line) -> {
                        if (inPage.test(intervention.customerId())) {
                            rows.computeIfAbsent(intervention.customerId(), k -> new StagedMonth.Builder())
                                    .intervention(intervention, line);
                        }
                    }));
        });
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

    /**
     * The staged customers from {@code first} to {@code last}: those of the ranges that span them. All ranges have
     * their customers staged, billable or not, so that a re-bill finds a customer whose invoice it cancels.
     */
    private Map<String, Customer> customersBetween(long runId, String first, String last) {
        Map<String, Customer> customers = new HashMap<>();
        Optional<Integer> from = rangeEndingAtOrAfter(runId, first);
        if (from.isEmpty()) {
            return customers;
        }
        int to = rangeEndingAtOrAfter(runId, last).orElse(Integer.MAX_VALUE);
        jdbc.query("SELECT customers FROM staged_customer_block WHERE run_id = ? AND range_no >= ? AND range_no <= ?",
                rs -> {
                    StagedRows.unpackCustomers(rs.getString(1), (customer, line) -> customers.put(customer.id(),
                            customer));
                }, runId, from.get(), to);
        return customers;
    }

    private Optional<Integer> rangeEndingAtOrAfter(long runId, String customerId) {
        return jdbc.query("SELECT range_no FROM staged_customer_block WHERE run_id = ? AND last_customer_id >= ?"
                + " ORDER BY last_customer_id LIMIT 1", (rs, n) -> rs.getInt(1), runId, customerId).stream()
                .findFirst();
    }

    private void forEachBlock(String blocks, long runId, int range, Consumer<String> each) {
        jdbc.query(blocks, rs -> {
            each.accept(rs.getString(1));
        }, runId, range);
    }

    private static final String CONTRACT_BLOCKS = "SELECT contracts FROM staged_contract_block"
            + " WHERE run_id = ? AND range_no = ? ORDER BY block_no";
    private static final String INTERVENTION_BLOCKS = "SELECT interventions FROM staged_intervention_block"
            + " WHERE run_id = ? AND range_no = ? ORDER BY block_no";
}
