package lu.mixvoip.billing.staging;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.staging.StagedBlocks.Kind;
import lu.mixvoip.billing.store.DocumentRepository;

/**
 * The validated month a run bills, staged per run (see {@link StagedBlocks}), read back one page of customers at a
 * time in ascending id, each customer with its month and its invoice in force.
 */
public class StagingRepository {
    private final JdbcTemplate jdbc;
    private final DocumentRepository documents;

    public StagingRepository(JdbcTemplate jdbc, DocumentRepository documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** Removes what a run staged (and rejected), so that its load can start again from scratch. */
    public void clear(long runId) {
        for (String table : List.of("staged_block", "staged_range", "rejected_row", "ticket_assessment")) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
    }

    /** Removes a finished run's staged month, which nothing reads any more; its rejects and assessments stay. */
    public void clearStagedRows(long runId) {
        jdbc.update("DELETE FROM staged_block WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM staged_range WHERE run_id = ?", runId);
    }

    /**
     * Drops the staged ranges whose customers all come up to {@code lastCustomerId}: billed, and never read again. In
     * the transaction of the chunk that billed that customer, so that a rolled-back chunk keeps them; spread over the
     * run, this costs far less than one delete of the whole month at its end.
     */
    public void releaseRangesThrough(long runId, String lastCustomerId) {
        jdbc.update("DELETE FROM staged_block WHERE run_id = ? AND range_no IN (SELECT range_no FROM staged_range"
                + " WHERE run_id = ? AND last_customer_id <= ?)", runId, runId, lastCustomerId);
        jdbc.update("DELETE FROM staged_range WHERE run_id = ? AND last_customer_id <= ?", runId, lastCustomerId);
    }

    /**
     * A writer of the run's staged rows and rejects; {@link StagingWriter#flush()} at the end. Each write is made in
     * {@code writes}: a billing run commits each at once (H2 ends a transaction by visiting every row it wrote, so
     * one transaction for a whole month's load would end by reading it all back), and clears what a failed load
     * left before it loads again; a preview writes within its own transaction, rolled back.
     */
    public StagingWriter writer(long runId, TransactionOperations writes) {
        return new StagingWriter(jdbc, runId, writes);
    }

    /** How many customers have contracts, interventions or tickets staged. */
    public long countCustomersWithRows(long runId) {
        Long count = jdbc.queryForObject("SELECT COALESCE(SUM(customers_with_rows), 0) FROM staged_range"
                + " WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    /**
     * How many customers {@link #nextCustomerMonths} visits: those with rows staged, and those with an invoice in force
     * for the month and no rows (a re-bill cancels their invoice).
     */
    public long countCustomersToVisit(long runId, YearMonth month) {
        Set<String> staged = new HashSet<>();
        jdbc.query("SELECT ids_with_rows FROM staged_range WHERE run_id = ?",
                rs -> { staged.addAll(idsAfter(rs.getString(1), "")); }, runId);
        long withoutRows = documents.inForceCustomersAfter(month, "", Integer.MAX_VALUE).stream()
                .filter(id -> !staged.contains(id)).count();
        return staged.size() + withoutRows;
    }

    /**
     * The next customers after {@code afterCustomerId} (ascending id, at most {@code limit}) to bill: those with rows
     * staged, and those with an invoice in force for the month (a re-bill may have to cancel it). A customer no
     * longer in the input is taken as its invoice shows it.
     */
    public List<StagedMonth> nextCustomerMonths(long runId, YearMonth month, String afterCustomerId, int limit) {
        // A page ends with the next range that has rows, so that each range is decoded once.
        TreeSet<String> ids = new TreeSet<>(documents.inForceCustomersAfter(month, afterCustomerId, limit));
        Optional<StagedRange> range = nextRange(runId, afterCustomerId);
        range.ifPresent(r -> ids.addAll(r.ids()));
        List<String> page = (range.isPresent() ? ids.headSet(range.get().lastCustomerId(), true) : ids).stream()
                .limit(limit).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        String first = page.get(0);
        String last = page.get(page.size() - 1);
        Map<String, IssuedInvoice> inForce = documents.inForce(month, first, last);
        Map<String, Customer> customers = new HashMap<>();
        Map<String, StagedMonth.Builder> rows = new HashMap<>();
        range.ifPresent(r -> readRange(runId, r.number(), first, last, customers, rows));
        return page.stream().map(id -> rows.getOrDefault(id, new StagedMonth.Builder()).build(
                customers.containsKey(id) ? customers.get(id) : inForce.get(id).invoice().customer(), month,
                inForce.get(id))).toList();
    }

    /** What is done with each page of {@link #forEachPage}. */
    @FunctionalInterface
    public interface PageAction<E extends Exception> {
        void accept(List<StagedMonth> page) throws E;
    }

    /** Every customer month {@link #nextCustomerMonths} gives, a page of at most {@code pageSize} at a time. */
    public <E extends Exception> void forEachPage(long runId, YearMonth month, int pageSize, PageAction<E> each)
            throws E {
        String after = "";
        for (List<StagedMonth> page = nextCustomerMonths(runId, month, after, pageSize); !page.isEmpty();
             page = nextCustomerMonths(runId, month, after, pageSize)) {
            each.accept(page);
            after = page.get(page.size() - 1).customerId();
        }
    }

    /** A range's customers, and the rows of those from {@code first} to {@code last}. */
    private void readRange(long runId, int range, String first, String last, Map<String, Customer> customers,
                           Map<String, StagedMonth.Builder> rows) {
        jdbc.query("SELECT kind, packed_rows FROM staged_block WHERE run_id = ? AND range_no = ?"
                + " ORDER BY kind, block_no", rs -> {
                    String block = rs.getString(2);
                    switch (Kind.valueOf(rs.getString(1))) {
                        case CUSTOMER -> StagedBlocks.unpackCustomers(block, (c, line) -> customers.put(c.id(), c));
                        case CONTRACT -> StagedBlocks.unpackContracts(block, (c, line) -> {
                            if (between(c.customerId(), first, last)) {
                                rows.computeIfAbsent(c.customerId(), k -> new StagedMonth.Builder()).contract(c, line);
                            }
                        });
                        case INTERVENTION -> StagedBlocks.unpackInterventions(block, (i, line) -> {
                            if (between(i.customerId(), first, last)) {
                                rows.computeIfAbsent(i.customerId(), k -> new StagedMonth.Builder())
                                        .intervention(i, line);
                            }
                        });
                        case TICKET -> StagedBlocks.unpackTickets(block, (t, line) -> {
                            if (between(t.ticket().customerId(), first, last)) {
                                rows.computeIfAbsent(t.ticket().customerId(), k -> new StagedMonth.Builder())
                                        .ticket(t, line);
                            }
                        });
                    }
                }, runId, range);
    }

    private static boolean between(String id, String first, String last) {
        return id.compareTo(first) >= 0 && id.compareTo(last) <= 0;
    }

    /** A range of staged customers, with those of its customers that have rows. */
    private record StagedRange(int number, String lastCustomerId, List<String> ids) {
    }

    /** The first range with rows of customers after {@code afterCustomerId}. */
    private Optional<StagedRange> nextRange(long runId, String afterCustomerId) {
        String after = afterCustomerId;
        while (true) {
            Optional<StagedRange> next = jdbc.query("SELECT range_no, last_customer_id, ids_with_rows FROM staged_range"
                            + " WHERE run_id = ? AND last_customer_id > ? ORDER BY last_customer_id LIMIT 1",
                    (rs, n) -> new StagedRange(rs.getInt(1), rs.getString(2),
                            idsAfter(rs.getString(3), afterCustomerId)), runId, after).stream().findFirst();
            if (next.isEmpty() || !next.get().ids().isEmpty()) {
                return next;
            }
            after = next.get().lastCustomerId(); // its customers with rows all come before afterCustomerId
        }
    }

    private static List<String> idsAfter(String packed, String afterCustomerId) {
        List<String> ids = new ArrayList<>();
        StagedBlocks.Reader rows = new StagedBlocks.Reader(packed);
        while (rows.hasRow()) {
            String id = rows.field();
            if (id.compareTo(afterCustomerId) > 0) {
                ids.add(id);
            }
        }
        return ids;
    }
}
