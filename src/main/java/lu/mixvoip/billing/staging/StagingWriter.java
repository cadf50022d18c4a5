package lu.mixvoip.billing.staging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.staging.StagedBlocks.Kind;
import lu.mixvoip.billing.store.BatchedInsert;
import lu.mixvoip.billing.store.MonthRows;
import lu.mixvoip.billing.store.RejectRepository;

/**
 * Writes a load's accepted rows to {@code staged_block}, packed per range of customers (see {@link StagedBlocks} and
 * {@link CustomerRanges}). The loader hands over all customers before any other row: the ranges are known once the
 * customers are read, and until then the customers are held packed, like their ids, which the load holds anyway.
 * Each write is made in {@code writes}: its own transaction in a billing run (see {@link StagingRepository#writer}).
 */
public class StagingWriter implements MonthRows {
    static final int CUSTOMERS_PER_RANGE = 100;
    /** A block is written once its packed text reaches this many characters. */
    private static final int BLOCK_CHARS = 32 * 1024;
    /** All open blocks are written once together they hold this many characters: memory stays bounded. */
    private static final int BUFFERED_CHARS = 8 * 1024 * 1024;
    private static final String BLOCK_INSERT = "INSERT INTO staged_block (run_id, range_no, kind, block_no, packed_rows)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String RANGE_INSERT = "INSERT INTO staged_range (run_id, range_no, first_customer_id,"
            + " last_customer_id, customers_with_rows, ids_with_rows) VALUES (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final long runId;
    private final TransactionOperations writes;
    /** A month's bad rows can be thousands: batched, not a statement each. */
    private final BatchedInsert rejects;
    private final List<String> customerIds = new ArrayList<>();
    private StagedBlocks.Writer customersRead = new StagedBlocks.Writer();
    /** Where each customer's row ends in {@link #customersRead}, in the order read. */
    private int[] customerRowEnds = new int[1024];
    private CustomerRanges ranges;
    /** By position in {@link #ranges}: the customer has a contract, an intervention or a ticket staged. */
    private boolean[] hasRows;
    private RangeBlocks blocks;

    StagingWriter(JdbcTemplate jdbc, long runId, TransactionOperations writes) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.writes = writes;
        this.rejects = new BatchedInsert(jdbc, RejectRepository.INSERT, writes);
    }

    @Override
    public void customer(Customer c, Long line) {
        if (ranges != null) {
            throw new IllegalStateException("customer " + c.id() + " after the month's other rows");
        }
        StagedBlocks.pack(customersRead, c, line);
        if (customerIds.size() == customerRowEnds.length) {
            customerRowEnds = Arrays.copyOf(customerRowEnds, customerRowEnds.length * 2);
        }
        customerRowEnds[customerIds.size()] = customersRead.length();
        customerIds.add(c.id());
    }

    @Override
    public void contract(Contract c, Long line) {
        blocks().append(rangeWithRows(c.customerId()), Kind.CONTRACT, block -> StagedBlocks.pack(block, c, line));
    }

    @Override
    public void intervention(Intervention i, Long line) {
        blocks().append(rangeWithRows(i.customerId()), Kind.INTERVENTION, block -> StagedBlocks.pack(block, i, line));
    }

    @Override
    public void ticket(TicketOfMonth t, Long line) {
        blocks().append(rangeWithRows(t.ticket().customerId()), Kind.TICKET,
                block -> StagedBlocks.pack(block, t, line));
    }

    public void reject(RejectRepository.RejectedRow row, int fileOrder) {
        rejects.add(RejectRepository.values(runId, fileOrder, row));
    }

    /** Writes everything still buffered (rows and rejects), and each range's customers with rows. */
    @Override
    public void flush() {
        rejects.flush();
        blocks().writeAll();
        List<Object[]> rows = new ArrayList<>();
        for (int range = 0; range < ranges.count(); range++) {
            StagedBlocks.Writer ids = new StagedBlocks.Writer();
            int count = 0;
            for (int customer = ranges.start(range); customer < ranges.end(range); customer++) {
                if (hasRows[customer]) {
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

    /** The range of a staged customer, which now has a row staged. */
    private int rangeWithRows(String customerId) {
        int customer = ranges.indexOf(customerId);
        if (customer < 0) {
            throw new IllegalArgumentException("customer " + customerId + " is not staged");
        }
        hasRows[customer] = true;
        return ranges.rangeAt(customer);
    }

    /** The blocks, once the customers are all read: then their ranges are known, and the customers are staged. */
    private RangeBlocks blocks() {
        if (blocks == null) {
            ranges = CustomerRanges.of(customerIds, CUSTOMERS_PER_RANGE);
            hasRows = new boolean[ranges.customerCount()];
            blocks = new RangeBlocks(ranges.count());
            stageCustomers();
        }
        return blocks;
    }

    /** The customers read, moved into their ranges' blocks as they are packed. */
    private void stageCustomers() {
        String read = customersRead.toString();
        for (int customer = 0; customer < customerIds.size(); customer++) {
            int start = customer == 0 ? 0 : customerRowEnds[customer - 1];
            int end = customerRowEnds[customer];
            blocks.append(ranges.rangeAt(ranges.indexOf(customerIds.get(customer))), Kind.CUSTOMER,
                    block -> block.packedRows(read, start, end));
        }
        customersRead = null;
        customerRowEnds = null;
    }

    private void batchUpdate(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            writes.executeWithoutResult(status -> jdbc.batchUpdate(sql, rows));
        }
    }

    /** The open blocks, one per range and kind of row, each written once full. */
    private final class RangeBlocks {
        private final Map<Kind, StagedBlocks.Writer[]> open = new EnumMap<>(Kind.class);
        private final Map<Kind, int[]> written = new EnumMap<>(Kind.class);
        private final List<Object[]> full = new ArrayList<>();
        private long bufferedChars;

        RangeBlocks(int ranges) {
            for (Kind kind : Kind.values()) {
                open.put(kind, new StagedBlocks.Writer[ranges]);
                written.put(kind, new int[ranges]);
            }
        }

        void append(int range, Kind kind, Consumer<StagedBlocks.Writer> row) {
            StagedBlocks.Writer[] blocks = open.get(kind);
            if (blocks[range] == null) {
                blocks[range] = new StagedBlocks.Writer();
            }
            int before = blocks[range].length();
            row.accept(blocks[range]);
            bufferedChars += blocks[range].length() - before;
            if (blocks[range].length() >= BLOCK_CHARS) {
                close(range, kind);
            }
            if (bufferedChars >= BUFFERED_CHARS) {
                writeAll();
            }
        }

        void writeAll() {
            for (Kind kind : Kind.values()) {
                StagedBlocks.Writer[] blocks = open.get(kind);
                for (int range = 0; range < blocks.length; range++) {
                    if (blocks[range] != null) {
                        close(range, kind);
                    }
                }
            }
            batchUpdate(BLOCK_INSERT, full);
            full.clear();
        }

        private void close(int range, Kind kind) {
            StagedBlocks.Writer[] blocks = open.get(kind);
            full.add(new Object[] {runId, range, kind.name(), written.get(kind)[range]++, blocks[range].toString()});
            bufferedChars -= blocks[range].length();
            blocks[range] = null;
            if (full.size() >= 64) {
                batchUpdate(BLOCK_INSERT, full);
                full.clear();
            }
        }
    }
}
