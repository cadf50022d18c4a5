package lu.mixvoip.billing.staging;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.store.MonthRows;

/**
 * A month's accepted rows held in memory instead of staged in the store: what deciding a billed month reads, once, to
 * compare it with its invoices in force. Each customer's rows are packed as the staged blocks are ({@link
 * StagedBlocks}): a million interventions fit in the job's heap packed, not as records. A customer's rows are given
 * back once, as its {@link StagedMonth}, and then forgotten.
 */
public final class HeldMonth implements MonthRows {
    private final Map<String, Customer> customers = new HashMap<>();
    private final Map<String, CustomerRows> rows = new HashMap<>();
    /** A packed row's buffer grows by doubling: it may take up to twice its characters' bytes. */
    private static final int BYTES_PER_CHAR = 2;
    private final long maxBytes;
    private long heldChars;

    /** Thrown when the month's packed rows would exceed what the holder may take of the heap. */
    public static final class TooLarge extends RuntimeException {
        public TooLarge(long maxBytes) {
            super("the month's rows would take more than " + maxBytes + " bytes held");
        }
    }

    /** {@code maxBytes}: the most heap its packed rows may take before it gives up ({@link TooLarge}). */
    public HeldMonth(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether rows of about {@code chars} characters fit (a CSV input's size, for instance). */
    public static boolean fits(long chars, long maxBytes) {
        return chars * BYTES_PER_CHAR <= maxBytes;
    }

    /** One customer's packed rows, by kind. */
    private static final class CustomerRows {
        private final StagedBlocks.Writer contracts = new StagedBlocks.Writer();
        private final StagedBlocks.Writer interventions = new StagedBlocks.Writer();
        private final StagedBlocks.Writer tickets = new StagedBlocks.Writer();
    }

    @Override
    public void customer(Customer customer, Long line) {
        customers.put(customer.id(), customer);
    }

    @Override
    public void contract(Contract contract, Long line) {
        held(rowsOf(contract.customerId()).contracts, block -> StagedBlocks.pack(block, contract, line));
    }

    @Override
    public void intervention(Intervention intervention, Long line) {
        held(rowsOf(intervention.customerId()).interventions, block -> StagedBlocks.pack(block, intervention, line));
    }

    @Override
    public void ticket(TicketOfMonth ticket, Long line) {
        held(rowsOf(ticket.ticket().customerId()).tickets, block -> StagedBlocks.pack(block, ticket, line));
    }

    @Override
    public void flush() {
        // nothing is buffered: the rows are all held
    }

    /** The customers with a contract, an intervention or a ticket in the month (those a billing run visits). */
    public Set<String> customersWithRows() {
        return Set.copyOf(rows.keySet());
    }

    /**
     * A customer's month as a run would read it from the staging, without its invoice in force (the comparison reads
     * that apart); empty when the customer has no rows. Its rows are forgotten.
     */
    public Optional<StagedMonth> take(String customerId, YearMonth month) {
        CustomerRows held = rows.remove(customerId);
        if (held == null) {
            return Optional.empty();
        }
        StagedMonth.Builder builder = new StagedMonth.Builder();
        StagedBlocks.unpackContracts(held.contracts.toString(), builder::contract);
        StagedBlocks.unpackInterventions(held.interventions.toString(), builder::intervention);
        StagedBlocks.unpackTickets(held.tickets.toString(), builder::ticket);
        return Optional.of(builder.build(customers.get(customerId), month, null));
    }

    private void held(StagedBlocks.Writer block, Consumer<StagedBlocks.Writer> row) {
        int before = block.length();
        row.accept(block);
        heldChars += block.length() - before;
        if (!fits(heldChars, maxBytes)) {
            throw new TooLarge(maxBytes);
        }
    }

    private CustomerRows rowsOf(String customerId) {
        return rows.computeIfAbsent(customerId, id -> new CustomerRows());
    }
}
