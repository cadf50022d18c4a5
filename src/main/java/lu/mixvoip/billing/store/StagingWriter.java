package lu.mixvoip.billing.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.input.SourceRecord;

/**
 * Writes a load's accepted rows to the staging tables packed in blocks per range of customers (see
 * {@link CustomerRanges}): a million interventions and fifty thousand customers become a few thousand rows. The
 * loader hands over all customers before any contract or intervention: the ranges are known once the customers are
 * read, and until then the customers are held packed (about 200 bytes each, like their ids, which the load holds
 * anyway). Each write is made in {@code writes}: its own transaction in a billing run (see
 * {@link StagingRepository#writer}).
 */
public class StagingWriter implements MonthInputLoader.Sink {
    static final int CUSTOMERS_PER_RANGE = 100;
    /** A block is written once its packed text reaches this many characters. */
    private static final int BLOCK_CHARS = 32 * 1024;
    /** All open blocks of a kind are written once together they hold this many characters: memory stays bounded. */
    private static final int BUFFERED_CHARS = 8 * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final long runId;
    private final TransactionOperations writes;
    /** A month's bad rows can be thousands: batched, not a statement each. */
    private final BatchedInsert rejects;
    private final List<String> customerIds = new ArrayList<>();
    private PackedRows.Writer customersRead = new PackedRows.Writer();
    /** Where each customer's row ends in {@link #customersRead}, in the order read. */
    private int[] customerRowEnds = new int[1024];
    private CustomerRanges ranges;
    /** By position in {@link #ranges}: the customer has a contract or an intervention staged. */
    private boolean[] billable;
    private RangeBlocks contracts;
    private RangeBlocks interventions;

    StagingWriter(JdbcTemplate jdbc, long runId, TransactionOperations writes) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.writes = writes;
        this.rejects = new BatchedInsert(jdbc, RejectRepository.INSERT, writes);
    }

    @Override
    public void customer(Customer c, Long line) {
        if (ranges != null) {
            throw new IllegalStateException("customer " + c.id() + " after the month's contracts or interventions");
        }
        StagedRows.pack(customersRead, c, line);
        if (customerIds.size() == customerRowEnds.length) {
            customerRowEnds = Arrays.copyOf(customerRowEnds, customerRowEnds.length * 2);
        }
        customerRowEnds[customerIds.size()] = customersRead.length();
        customerIds.add(c.id());
    }

    @Override
    public void contract(Contract c, Long line) {
        int range = billableRange(c.customerId());
        contracts.append(range, block -> StagedRows.pack(block, c, line));
    }

    @Override
    public void intervention(Intervention i, Long line) {
        int range = billableRange(i.customerId());
        interventions.append(range, block -> StagedRows.pack(block, i, line));
    }

    @Override
    public void reject(InputFile file, SourceRecord row, String reason) {
        rejects.add(RejectRepository.row(runId, file, row.file(), row.line(), row.get(file.idColumn()), reason));
    }

    /** Writes everything still buffered (rows and rejects), and the billable customers of each range. */
    public void flush() {
        rejects.flush();
        ranges();
        contracts.writeAll();
        interventions.writeAll();
        List<Object[]> rows = new ArrayList<>();
        for (int range = 0; range < ranges.count(); range++) {
            PackedRows.Writer ids = new PackedRows.Writer();
            int count = 0;
            for (int customer = ranges.start(range); customer < ranges.end(range); customer++) {
                if (billable[customer]) {
                    ids.field(ranges.idAt(customer)).endRow();
                    count++;
                }
            }
            if (count > 0) {
                rows.add(new Object[] {runId, range, ranges.first(range), ranges.last(range), count, ids.toString()});
            }
        }
        batchUpdate(RANGE_INSERT, rows);
    }

    /** The range of a staged customer, which now has something to bill. */
    private int billableRange(String customerId) {
        int customer = ranges().indexOf(customerId);
        if (customer < 0) {
            throw new IllegalArgumentException("customer " + customerId + " is not staged");
        }
        billable[customer] = true;
        return ranges.rangeAt(customer);
    }

    private CustomerRanges ranges() {
        if (ranges == null) {
            ranges = CustomerRanges.of(customerIds, CUSTOMERS_PER_RANGE);
            billable = new boolean[ranges.customerCount()];
            stageCustomers();
            contracts = new RangeBlocks(CONTRACT_BLOCK_INSERT);
            interventions = new RangeBlocks(INTERVENTION_BLOCK_INSERT);
        }
        return ranges;
    }

    /** The customers read, a block per range, each with the ids it spans: their packed rows, moved as they are. */
    private void stageCustomers() {
        PackedRows.Writer[] blocks = new PackedRows.Writer[ranges.count()];
        String read = customersRead.toString();
        for (int customer = 0; customer < customerIds.size(); customer++) {
            int range = ranges.rangeAt(ranges.indexOf(customerIds.get(customer)));
            if (blocks[range] == null) {
                blocks[range] = new PackedRows.Writer();
            }
            blocks[range].packedRows(read, customer == 0 ? 0 : customerRowEnds[customer - 1],
                    customerRowEnds[customer]);
        }
        customersRead = null;
        customerRowEnds = null;
        List<Object[]> rows = new ArrayList<>();
        for (int range = 0; range < blocks.length; range++) {
            rows.add(new Object[] {runId, range, ranges.first(range), ranges.last(range), blocks[range].toString()});
        }
        batchUpdate(CUSTOMER_BLOCK_INSERT, rows);
    }

    private void batchUpdate(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            writes.executeWithoutResult(status -> jdbc.batchUpdate(sql, rows));
        }
    }

    /** The open blocks of one kind of row, one per range, each written once full. */
    private final class RangeBlocks {
        private final String insert;
        private final PackedRows.Writer[] open = new PackedRows.Writer[ranges.count()];
        private final int[] blocksWritten = new int[ranges.count()];
        private long bufferedChars;

        RangeBlocks(String insert) {
            this.insert = insert;
        }

        void append(int range, Consumer<PackedRows.Writer> row) {
            if (open[range] == null) {
                open[range] = new PackedRows.Writer();
            }
            int before = open[range].length();
            row.accept(open[range]);
            bufferedChars += open[range].length() - before;
            if (open[range].length() >= BLOCK_CHARS) {
                write(range);
            }
            if (bufferedChars >= BUFFERED_CHARS) {
                writeAll();
            }
        }

        void writeAll() {
            for (int range = 0; range < open.length; range++) {
                if (open[range] != null) {
                    write(range);
                }
            }
        }

        private void write(int range) {
            String block = open[range].toString();
            int number = blocksWritten[range]++;
            writes.executeWithoutResult(status -> jdbc.update(insert, runId, range, number, block));
            bufferedChars -= open[range].length();
            open[range] = null;
        }
    }

    private static final String CONTRACT_BLOCK_INSERT = "INSERT INTO staged_contract_block (run_id, range_no,"
            + " block_no, contracts) VALUES (?, ?, ?, ?)";
    private static final String INTERVENTION_BLOCK_INSERT = "INSERT INTO staged_intervention_block (run_id, range_no,"
            + " block_no, interventions) VALUES (?, ?, ?, ?)";
    private static final String RANGE_INSERT = "INSERT INTO staged_range (run_id, range_no, first_customer_id,"
            + " last_customer_id, billable_customers, billable_ids) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String CUSTOMER_BLOCK_INSERT = "INSERT INTO staged_customer_block (run_id, range_no,"
            + " first_customer_id, last_customer_id, customers) VALUES (?, ?, ?, ?, ?)";
}
