package lu.mixvoip.billing.input;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;

/**
 * Reads a month's three inputs row by row, applies the row rules and hands every accepted row and every reject to a
 * {@link Sink}. Only the customer ids and the ids seen so far are held in memory; the rows themselves stream through.
 * Without a month (an import) every row is checked and kept, whatever its dates.
 */
public final class MonthInputLoader {

    /** Where accepted rows and rejects go (the staging tables). */
    public interface Sink extends RejectedRows {
        void customer(Customer customer, Long line);

        void contract(Contract contract, Long line);

        void intervention(Intervention intervention, Long line);
    }

    /** What a load did, for the run report. */
    public record Counts(long customers, long contracts, long interventions, long skipped, long rejected) {
    }

    private final YearMonth month;
    private final Set<String> zones;
    private final Sink sink;
    private final Runnable rowRead;
    private final Predicate<String> knownBefore;
    private final Map<String, Boolean> customers = new HashMap<>();
    private long contracts;
    private long interventions;
    private long skipped;
    private long rejected;

    public MonthInputLoader(YearMonth month, Set<String> zones, Sink sink, Runnable rowRead) {
        this(month, zones, sink, rowRead, id -> false);
    }

    /** {@code knownBefore}: customer ids already stored, which rows of these files may refer to (an import). */
    public MonthInputLoader(YearMonth month, Set<String> zones, Sink sink, Runnable rowRead,
                            Predicate<String> knownBefore) {
        this.knownBefore = knownBefore;
        this.month = month;
        this.zones = zones;
        this.sink = sink;
        this.rowRead = rowRead;
    }

    public Counts load(Function<InputFile, RecordSource> open) {
        loadCustomers(open.apply(InputFile.CUSTOMERS));
        loadContracts(open.apply(InputFile.CONTRACTS));
        loadInterventions(open.apply(InputFile.INTERVENTIONS));
        long accepted = customers.values().stream().filter(ok -> ok).count();
        return new Counts(accepted, contracts, interventions, skipped, rejected);
    }

    private void loadCustomers(RecordSource source) {
        try (source) {
            Set<String> seen = new HashSet<>();
            for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
                SourceRecord row = next.get();
                rowRead.run();
                if (firstProblem(InputFile.CUSTOMERS, row, seen) != null) {
                    continue;
                }
                Checked<Customer> customer = InputRows.customer(row, zones);
                customers.put(row.get("customer_id"), customer.isOk());
                if (customer.isOk()) {
                    sink.customer(customer.value(), row.line());
                } else {
                    reject(InputFile.CUSTOMERS, row, customer.reason());
                }
            }
        }
    }

    private void loadContracts(RecordSource source) {
        try (source) {
            Set<String> seen = new HashSet<>();
            for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
                SourceRecord row = next.get();
                rowRead.run();
                if (firstProblem(InputFile.CONTRACTS, row, seen) != null) {
                    continue;
                }
                Checked<Contract> contract = InputRows.contract(row, this::isKnownCustomer);
                if (!contract.isOk()) {
                    reject(InputFile.CONTRACTS, row, contract.reason());
                } else if (month == null || contract.value().touches(month)) {
                    sink.contract(contract.value(), row.line());
                    contracts++;
                }
            }
        }
    }

    private void loadInterventions(RecordSource source) {
        try (source) {
            Set<String> seen = new HashSet<>();
            for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
                SourceRecord row = next.get();
                rowRead.run();
                if (firstProblem(InputFile.INTERVENTIONS, row, seen) != null) {
                    continue;
                }
                Checked<ZonedDateTime> start = InputRows.interventionStart(row);
                if (!start.isOk()) {
                    reject(InputFile.INTERVENTIONS, row, start.reason());
                    continue;
                }
                if (month != null && !YearMonth.from(start.value()).equals(month)) {
                    skipped++;
                    continue;
                }
                Checked<Intervention> intervention = InputRows.intervention(row, start.value(), this::isKnownCustomer);
                if (intervention.isOk()) {
                    sink.intervention(intervention.value(), row.line());
                    interventions++;
                } else {
                    reject(InputFile.INTERVENTIONS, row, intervention.reason());
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

    private boolean isKnownCustomer(String id) {
        Boolean inThisLoad = customers.get(id);
        return inThisLoad != null ? inThisLoad : knownBefore.test(id);
    }

    private void reject(InputFile file, SourceRecord row, String reason) {
        sink.reject(file, row, reason);
        rejected++;
    }
}
