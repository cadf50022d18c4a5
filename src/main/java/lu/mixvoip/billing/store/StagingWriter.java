package lu.mixvoip.billing.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.input.SourceRecord;

/**
 * Writes a load's accepted rows to the staging tables: customers and contracts in JDBC batches, interventions packed
 * in blocks per range of customers (see {@link CustomerRanges}): a million interventions become a few thousand rows.
 * The loader hands over all customers before any contract or intervention, so the ranges are known by then.
 */
public class StagingWriter implements MonthInputLoader.Sink {
    static final int CUSTOMERS_PER_RANGE = 100;
    /** A block is written once its packed text reaches this many characters. */
    private static final int BLOCK_CHARS = 32 * 1024;
    /** All open blocks are written once together they hold this many characters: memory stays bounded. */
    private static final int BUFFERED_CHARS = 8 * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final long runId;
    private final BatchedInsert customers;
    private final BatchedInsert contracts;
    /** A month's bad rows can be thousands: batched like the rows, not a statement each. */
    private final BatchedInsert rejects;
    private final List<String> customerIds = new ArrayList<>();
    private CustomerRanges ranges;
    /** By position in {@link #ranges}: the customer has a contract or an intervention staged. */
    private boolean[] billable;
    private PackedRows.Writer[] openBlocks;
    private int[] blocksWritten;
    private long bufferedChars;

    StagingWriter(JdbcTemplate jdbc, long runId) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.customers = new BatchedInsert(jdbc, CUSTOMER_INSERT);
        this.contracts = new BatchedInsert(jdbc, CONTRACT_INSERT);
        this.rejects = new BatchedInsert(jdbc, RejectRepository.INSERT);
    }

    @Override
    public void customer(Customer c, Long line) {
        customers.add(runId, c.id(), line, c.name(), c.street(), c.postalCode(), c.city(), c.country(),
                c.vatNumber(), c.email(), c.language().name(), c.travelZone());
        customerIds.add(c.id());
    }

    @Override
    public void contract(Contract c, Long line) {
        contracts.add(runId, c.id(), c.customerId(), line, c.tier().name(), java.sql.Date.valueOf(c.startDate()),
                c.endDate() == null ? null : java.sql.Date.valueOf(c.endDate()));
        int customer = ranges().indexOf(c.customerId());
        if (customer >= 0) { // a customer not staged is never billed
            billable[customer] = true;
        }
    }

    @Override
    public void intervention(Intervention i, Long line) {
        int customer = ranges().indexOf(i.customerId());
        if (customer < 0) {
            throw new IllegalArgumentException("customer " + i.customerId() + " is not staged");
        }
        billable[customer] = true;
        int range = ranges.rangeAt(customer);
        if (openBlocks[range] == null) {
            openBlocks[range] = new PackedRows.Writer();
        }
        PackedRows.Writer block = openBlocks[range];
        int before = block.length();
        StagedInterventions.pack(block, i, line);
        bufferedChars += block.length() - before;
        if (block.length() >= BLOCK_CHARS) {
            writeBlock(range);
        }
        if (bufferedChars >= BUFFERED_CHARS) {
            writeOpenBlocks();
        }
    }

    @Override
    public void reject(InputFile file, SourceRecord row, String reason) {
        rejects.add(RejectRepository.row(runId, file, row.file(), row.line(), row.get(file.idColumn()), reason));
    }

    /** Writes everything still buffered (rows and rejects), and the billable customers of each range. */
    public void flush() {
        customers.flush();
        contracts.flush();
        rejects.flush();
        writeOpenBlocks();
        CustomerRanges all = ranges();
        for (int range = 0; range < all.count(); range++) {
            PackedRows.Writer ids = new PackedRows.Writer();
            int count = 0;
            for (int customer = all.start(range); customer < all.end(range); customer++) {
                if (billable[customer]) {
                    ids.field(all.idAt(customer)).endRow();
                    count++;
                }
            }
            if (count > 0) {
                jdbc.update("INSERT INTO staged_range (run_id, range_no, first_customer_id, last_customer_id,"
                        + " billable_customers, billable_ids) VALUES (?, ?, ?, ?, ?, ?)", runId, range,
                        all.first(range), all.last(range), count, ids.toString());
            }
        }
    }

    private CustomerRanges ranges() {
        if (ranges == null) {
            ranges = CustomerRanges.of(customerIds, CUSTOMERS_PER_RANGE);
            openBlocks = new PackedRows.Writer[ranges.count()];
            billable = new boolean[ranges.customerCount()];
            blocksWritten = new int[ranges.count()];
        }
        return ranges;
    }

    private void writeOpenBlocks() {
        if (openBlocks == null) {
            return;
        }
        for (int range = 0; range < openBlocks.length; range++) {
            if (openBlocks[range] != null) {
                writeBlock(range);
            }
        }
    }

    private void writeBlock(int range) {
        PackedRows.Writer block = openBlocks[range];
        jdbc.update("INSERT INTO staged_intervention_block (run_id, range_no, block_no, interventions)"
                + " VALUES (?, ?, ?, ?)", runId, range, blocksWritten[range]++, block.toString());
        bufferedChars -= block.length();
        openBlocks[range] = null;
    }

    private static final String CUSTOMER_INSERT = "INSERT INTO staged_customer (run_id, customer_id, line, name,"
            + " street, postal_code, city, country, vat_number, email, language, travel_zone)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CONTRACT_INSERT = "INSERT INTO staged_contract (run_id, contract_id, customer_id,"
            + " line, tier, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?)";
}
