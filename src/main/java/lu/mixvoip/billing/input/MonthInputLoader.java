package lu.mixvoip.billing.input;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * Reads a month's inputs row by row, applies the row rules and hands every accepted row and every reject to a
 * {@link Sink}. Only ids, and the month's tickets until their first interventions are known, are held in memory; the
 * rows themselves stream through. Without a month (an import) every row is checked and kept, whatever its dates.
 * <p>
 * The files are read customers, contracts, tickets, interventions: a ticket's first intervention (§15) is the
 * earliest qualifying row of interventions.csv in any month, so the month's tickets are known before the
 * interventions stream past, and handed over after them.
 */
public final class MonthInputLoader {

    /** Where accepted rows and rejects go (the staging tables, or the operational tables of an import). */
    public interface Sink extends RejectedRows {
        void customer(Customer customer, Long line);

        void contract(Contract contract, Long line);

        void intervention(Intervention intervention, Long line);

        /** After every intervention: a ticket with its first intervention (none in an import). */
        void ticket(TicketOfMonth ticket, Long line);

        /**
         * An import's intervention row refused after the checks made before the month filter, whose customer id and
         * ticket are well-formed ids: its start may still be its ticket's first intervention (§15).
         */
        default void refusedStart(String interventionId, String customerId, String ticket, ZonedDateTime start,
                                  Long line) {
        }
    }

    /** What a load did, for the run report. */
    public record Counts(long customers, long contracts, long interventions, long skipped, long tickets,
                         long rejected) {
    }

    /** Opens an input; empty when an optional input is absent. */
    public interface Inputs {
        Optional<RecordSource> open(InputFile file);

        /**
         * The starts an import kept of intervention rows it refused (see {@link Sink#refusedStart}), as rows with
         * {@code customer_id}, {@code ticket} and {@code start}: first-intervention candidates, never billed. CSV
         * files have none: their refused rows are read with the others.
         */
        default Optional<RecordSource> refusedStarts() {
            return Optional.empty();
        }
    }

    private final YearMonth month;
    private final InputRows rules;
    private final Sink sink;
    private final Runnable rowRead;
    private final Predicate<String> knownBefore;
    private final Map<String, Boolean> customers = new HashMap<>();
    /** The month's tickets by customer id and ticket, in file order, with their first interventions so far. */
    private final Map<String, TicketRow> tickets = new LinkedHashMap<>();
    private long contracts;
    private long interventions;
    private long acceptedTickets;
    private long skipped;
    private long rejected;

    private static final class TicketRow {
        private final Ticket ticket;
        private final Long line;
        private ZonedDateTime firstIntervention;

        TicketRow(Ticket ticket, Long line) {
            this.ticket = ticket;
            this.line = line;
        }
    }

    public MonthInputLoader(YearMonth month, Set<String> zones, Sink sink, Runnable rowRead) {
        this(month, zones, sink, rowRead, id -> false);
    }

    /** {@code knownBefore}: customer ids already stored, which rows of these files may refer to (an import). */
    public MonthInputLoader(YearMonth month, Set<String> zones, Sink sink, Runnable rowRead,
                            Predicate<String> knownBefore) {
        this.knownBefore = knownBefore;
        this.month = month;
        this.rules = new InputRows(zones);
        this.sink = sink;
        this.rowRead = rowRead;
    }

    public Counts load(Inputs inputs) {
        loadCustomers(inputs.open(InputFile.CUSTOMERS).orElseThrow());
        loadContracts(inputs.open(InputFile.CONTRACTS).orElseThrow());
        inputs.open(InputFile.TICKETS).ifPresent(this::loadTickets);
        loadInterventions(inputs.open(InputFile.INTERVENTIONS).orElseThrow());
        inputs.refusedStarts().ifPresent(this::noteRefusedStarts);
        tickets.values().forEach(t -> sink.ticket(new TicketOfMonth(t.ticket, t.firstIntervention), t.line));
        long accepted = customers.values().stream().filter(ok -> ok).count();
        return new Counts(accepted, contracts, interventions, skipped, acceptedTickets, rejected);
    }

    private void loadCustomers(RecordSource source) {
        each(source, InputFile.CUSTOMERS, row -> {
            Checked<Customer> customer = rules.customer(row);
            customers.put(row.get("customer_id"), customer.isOk());
            if (customer.isOk()) {
                sink.customer(customer.value(), row.line());
            } else {
                reject(InputFile.CUSTOMERS, row, customer.reason());
            }
        });
    }

    private void loadContracts(RecordSource source) {
        each(source, InputFile.CONTRACTS, row -> {
            Checked<Contract> contract = rules.contract(row, this::isKnownCustomer);
            if (!contract.isOk()) {
                reject(InputFile.CONTRACTS, row, contract.reason());
            } else if (month == null || contract.value().touches(month)) {
                sink.contract(contract.value(), row.line());
                contracts++;
            }
        });
    }

    private void loadTickets(RecordSource source) {
        each(source, InputFile.TICKETS, row -> {
            Checked<ZonedDateTime> reported = InputRows.ticketReported(row);
            if (!reported.isOk()) {
                reject(InputFile.TICKETS, row, reported.reason());
                return;
            }
            if (!inMonth(reported.value())) {
                return; // §15: skipped, not rejected
            }
            Checked<Ticket> ticket = InputRows.ticket(row, reported.value(), this::isKnownCustomer);
            if (!ticket.isOk()) {
                reject(InputFile.TICKETS, row, ticket.reason());
                return;
            }
            acceptedTickets++;
            if (month == null) {
                sink.ticket(new TicketOfMonth(ticket.value(), null), row.line());
            } else {
                tickets.put(key(ticket.value().customerId(), ticket.value().id()), new TicketRow(ticket.value(),
                        row.line()));
            }
        });
    }

    private void loadInterventions(RecordSource source) {
        each(source, InputFile.INTERVENTIONS, row -> {
            Checked<ZonedDateTime> start = InputRows.interventionStart(row);
            if (!start.isOk()) {
                reject(InputFile.INTERVENTIONS, row, start.reason());
                return;
            }
            noteFirstIntervention(row, start.value());
            if (!inMonth(start.value())) {
                skipped++;
                return;
            }
            Checked<Intervention> intervention = rules.intervention(row, start.value(), this::isKnownCustomer);
            if (intervention.isOk()) {
                sink.intervention(intervention.value(), row.line());
                interventions++;
            } else {
                if (month == null && InputRows.isId(row.get("customer_id")) && InputRows.isId(row.get("ticket"))) {
                    sink.refusedStart(row.get("intervention_id"), row.get("customer_id"), row.get("ticket"),
                            start.value(), row.line());
                }
                reject(InputFile.INTERVENTIONS, row, intervention.reason());
            }
        });
    }

    private void noteRefusedStarts(RecordSource source) {
        try (source) {
            for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
                Checked<ZonedDateTime> start = InputRows.interventionStart(next.get());
                if (start.isOk()) {
                    noteFirstIntervention(next.get(), start.value());
                }
            }
        }
    }

    /** §15: a row that passed the checks made before the month filter may be its ticket's first intervention. */
    private void noteFirstIntervention(SourceRecord row, ZonedDateTime start) {
        if (tickets.isEmpty()) {
            return;
        }
        TicketRow ticket = tickets.get(key(row.get("customer_id"), row.get("ticket")));
        if (ticket != null && ticket.ticket.isWorkedOnBy(row.get("customer_id"), row.get("ticket"), start)
                && (ticket.firstIntervention == null || start.isBefore(ticket.firstIntervention))) {
            ticket.firstIntervention = start;
        }
    }

    /** Every row of a source that passes the shape, id and duplicate checks, handed to {@code check}. */
    private void each(RecordSource source, InputFile file, java.util.function.Consumer<SourceRecord> check) {
        try (source) {
            Set<String> seen = new HashSet<>();
            for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
                SourceRecord row = next.get();
                rowRead.run();
                if (firstProblem(file, row, seen) == null) {
                    check.accept(row);
                }
            }
        }
    }

    /** Shape, id and duplicate checks; an id is taken by the first well-shaped row that has it. */
    private String firstProblem(InputFile file, SourceRecord row, Set<String> seen) {
        String problem = InputRows.idProblem(row, file.idColumn());
        if (problem == null && !seen.add(row.get(file.idColumn()))) {
            problem = "duplicate " + file.idColumn() + " '" + row.get(file.idColumn())
                    + "' (the first row with this id is kept)";
        }
        if (problem != null) {
            reject(file, row, problem);
        }
        return problem;
    }

    private boolean inMonth(ZonedDateTime time) {
        return month == null || YearMonth.from(time.withZoneSameInstant(LuxembourgCalendar.ZONE)).equals(month);
    }

    private static String key(String customerId, String ticket) {
        return customerId + '\n' + ticket;
    }

    private boolean isKnownCustomer(String id) {
        Boolean inThisLoad = customers.get(id);
        return inThisLoad != null ? inThisLoad : knownBefore.test(id);
    }

    private void reject(InputFile file, SourceRecord row, String reason) {
        sink.reject(file, row, reason);
        rejected++;
    }
}
