package lu.mixvoip.billing.issue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import lu.mixvoip.billing.core.invoice.ContentDigest;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Reconciliation;
import lu.mixvoip.billing.core.invoice.VatPolicy;
import lu.mixvoip.billing.core.servicelevel.TicketAssessment;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.report.ReportFiles;
import lu.mixvoip.billing.report.ReportFiles.RejectLine;
import lu.mixvoip.billing.run.BillingParameters;
import lu.mixvoip.billing.run.RunContext;
import lu.mixvoip.billing.staging.HeldMonth;
import lu.mixvoip.billing.staging.StagedMonth;
import lu.mixvoip.billing.staging.StagingRepository;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.DocumentRepository.InForceDigest;
import lu.mixvoip.billing.store.OperationalTables;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.RejectRepository.RejectedRow;

/**
 * Compares a billed month as its data gives it now with its invoices in force, and tells whether a run would change
 * anything, with the reports the data gives now (rejects.csv, sla.csv). By the first of three paths that applies:
 * the month's {@link BillingBasis} is the billed run's (nothing to read: the store answers); the month fits its share
 * of the heap (read once into memory, each customer rated in ascending id, as the issue step visits them, and its
 * invoice compared with the one in force by content digest, line by line where the digests differ); else staged in
 * the store, in a transaction rolled back, and compared page by page. Nothing persists and no number is used.
 */
public class MonthComparison {
    /** Customers whose invoices in force are read in one query. */
    private static final int PAGE = 100;
    /** Rows staged to be compared, or previewed, are keyed by this id, never a job instance's; rolled back anyway. */
    static final long UNSTORED_RUN = -1;
    /** Customers rated at once, on all cores. */
    private static final int RATED_TOGETHER = 1000;
    /** rejects.csv's order, the store's: file, source line (none first), record id. */
    private static final Comparator<Refused> REJECTS_ORDER = Comparator.comparingInt(Refused::fileOrder)
            .thenComparing(r -> r.row().line(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.row().recordId(), Comparator.nullsFirst(Comparator.naturalOrder()));
    /** sla.csv's order, the store's: customer, report time, ticket. */
    private static final Comparator<TicketAssessment> SLA_ORDER = Comparator
            .comparing((TicketAssessment a) -> a.ticket().customerId())
            .thenComparing(a -> a.ticket().reportedAt().toInstant())
            .thenComparing(a -> a.ticket().id());

    /** One customer whose documents would change, with its totals incl. VAT before and after (null = none). */
    public record Change(String customerId, BigDecimal before, BigDecimal after) {
        static Change of(ReconciledMonth month) {
            return new Change(month.customerId(), month.inForce().map(i -> i.invoice().totalInclVat()).orElse(null),
                    month.rated().billing().invoice().map(Invoice::totalInclVat).orElse(null));
        }
    }

    /**
     * What a run would do, how many rows it would refuse, and rejects.csv and sla.csv as the data gives them;
     * {@code sameBasis}: the month's billing basis is the billed run's, so these come from the store.
     */
    public record Outcome(Map<Reconciliation, List<Change>> changes, long invoicesInForce, long rejected,
                          Supplier<byte[]> rejects, Supplier<byte[]> serviceLevels, boolean sameBasis) {
        public boolean changesNothing() {
            return changes.get(Reconciliation.NEW).isEmpty() && changes.get(Reconciliation.CHANGED).isEmpty()
                    && changes.get(Reconciliation.GONE).isEmpty();
        }
    }

    /** The run that billed the month last: its job instance, and the {@link BillingBasis} it billed from (or null). */
    public record BilledRun(long runId, String basis) {
    }

    private record Refused(int fileOrder, RejectedRow row) {
    }

    /** A customer's month rated, with its invoice's content digest (null: no invoice). */
    private record Rated(RatedMonth month, String digest) {
    }

    private final MonthLoad monthLoad;
    private final CustomerRating rating;
    private final DocumentRepository documents;
    private final MonthReports reports;
    private final RejectRepository rejects;
    private final OperationalTables tables;
    private final VatPolicy vat;
    private final StagingRepository staging;
    private final TransactionTemplate transaction;
    private final double heldShare;

    public MonthComparison(MonthLoad monthLoad, CustomerRating rating, DocumentRepository documents,
                           MonthReports reports, RejectRepository rejects, OperationalTables tables, VatPolicy vat,
                           StagingRepository staging, TransactionTemplate transaction, double heldShare) {
        this.monthLoad = monthLoad;
        this.rating = rating;
        this.documents = documents;
        this.reports = reports;
        this.rejects = rejects;
        this.tables = tables;
        this.vat = vat;
        this.staging = staging;
        this.transaction = transaction;
        this.heldShare = heldShare;
    }

    /**
     * The month compared with its invoices in force; when its billing basis is the one {@code billed} billed from,
     * nothing is read or rated: its invoices in force are what the data gives, its reports those of that run.
     */
    public Outcome compare(BillingParameters parameters, BilledRun billed) {
        return fromStore(parameters, billed).orElseGet(() -> compareInFull(parameters));
    }

    /** The outcome when the month's billing basis is the one {@code billed} billed from; empty when it is another. */
    public Optional<Outcome> fromStore(BillingParameters parameters, BilledRun billed) {
        String basis = BillingBasis.of(InputFingerprint.of(parameters, tables), vat);
        if (!basis.equals(billed.basis())) {
            return Optional.empty();
        }
        Map<Reconciliation, List<Change>> changes = emptyChanges();
        Map<String, InForceDigest> inForce = documents.inForceDigests(parameters.month());
        inForce.values().forEach(i -> changes.get(Reconciliation.UNCHANGED).add(new Change(i.customerId(),
                i.totalInclVat(), i.totalInclVat())));
        return Optional.of(new Outcome(changes, inForce.size(), rejects.count(billed.runId()),
                () -> reports.rejects(billed.runId()), () -> reports.serviceLevels(billed.runId()), true));
    }

    private static Map<Reconciliation, List<Change>> emptyChanges() {
        Map<Reconciliation, List<Change>> changes = new EnumMap<>(Reconciliation.class);
        for (Reconciliation r : Reconciliation.values()) {
            changes.put(r, new ArrayList<>());
        }
        return changes;
    }

    /** Rating and digests are pure: a page of customers runs on all cores (a parallel stream), kept in id order. */
    private Rated rated(StagedMonth month) {
        RatedMonth rated = rating.process(month);
        return new Rated(rated, rated.billing().invoice().map(ContentDigest::of).orElse(null));
    }

    /**
     * The month read, rated and compared with its invoices in force, customer by customer: held in memory, or, when
     * its rows would take more than the share of the heap {@code billing.compared-in-memory} allows, staged in the store within a transaction that is
     * rolled back.
     */
    public Outcome compareInFull(BillingParameters parameters) {
        YearMonth month = parameters.month();
        List<Refused> refused = new ArrayList<>();
        HeldMonth held;
        try {
            held = monthLoad.hold(parameters, (row, fileOrder) -> refused.add(new Refused(fileOrder, row)),
                    (long) (Runtime.getRuntime().maxMemory() * heldShare));
        } catch (HeldMonth.TooLarge e) {
            return transaction.execute(status -> {
                status.setRollbackOnly();
                return compareStaged(parameters);
            });
        }
        Map<String, InForceDigest> inForce = documents.inForceDigests(month);
        TreeSet<String> visited = new TreeSet<>(held.customersWithRows());
        visited.addAll(inForce.keySet());
        Map<Reconciliation, List<Change>> changes = emptyChanges();
        List<TicketAssessment> assessed = new ArrayList<>();
        Map<String, Optional<Invoice>> toCompare = new LinkedHashMap<>();
        List<String> customers = List.copyOf(visited);
        for (int from = 0; from < customers.size(); from += RATED_TOGETHER) {
            List<String> ids = customers.subList(from, Math.min(customers.size(), from + RATED_TOGETHER));
            List<Optional<StagedMonth>> months = ids.stream().map(id -> held.take(id, month)).toList();
            List<Optional<Rated>> page = months.parallelStream().map(rows -> rows.map(this::rated)).toList();
            for (int i = 0; i < ids.size(); i++) {
                String customerId = ids.get(i);
                Optional<Rated> rated = page.get(i);
                rated.ifPresent(r -> {
                    DocumentRecording.refusedRows(r.month(), parameters,
                            (file, row) -> refused.add(new Refused(file.ordinal(), row)));
                    assessed.addAll(r.month().billing().ticketAssessments());
                });
                Optional<Invoice> now = rated.flatMap(r -> r.month().billing().invoice());
                InForceDigest issued = inForce.get(customerId);
                if (issued != null && now.isPresent() && !rated.get().digest().equals(issued.contentSha256())) {
                    toCompare.put(customerId, now); // compared line by line below
                } else {
                    Reconciliation reconciliation = issued == null ? Reconciliation.of(Optional.empty(), now)
                            : now.isEmpty() ? Reconciliation.GONE : Reconciliation.UNCHANGED;
                    changes.get(reconciliation).add(new Change(customerId, issued == null ? null
                            : issued.totalInclVat(), now.map(Invoice::totalInclVat).orElse(null)));
                }
            }
        }
        compareLineByLine(month, toCompare, changes);
        return outcome(changes, inForce.size(), refused, assessed);
    }

    /** The month staged as a run stages it (rolled back by the caller), read back and compared page by page. */
    private Outcome compareStaged(BillingParameters parameters) {
        RunContext run = new RunContext(parameters, UNSTORED_RUN);
        monthLoad.load(run, TransactionOperations.withoutTransaction());
        List<Refused> refused = new ArrayList<>();
        Map<String, Integer> fileOrder = new HashMap<>();
        for (InputFile file : InputFile.values()) {
            fileOrder.put(parameters.shownName(file), file.ordinal());
        }
        rejects.list(UNSTORED_RUN, row -> refused.add(new Refused(fileOrder.get(row.file()), row)));
        Map<Reconciliation, List<Change>> changes = emptyChanges();
        List<TicketAssessment> assessed = new ArrayList<>();
        staging.forEachPage(UNSTORED_RUN, parameters.month(), PAGE, page -> {
            for (ReconciledMonth month : ReconciledMonth.of(page.stream().map(rating::process).toList())) {
                changes.get(month.reconciliation()).add(Change.of(month));
                DocumentRecording.refusedRows(month.rated(), parameters,
                        (file, row) -> refused.add(new Refused(file.ordinal(), row)));
                assessed.addAll(month.rated().billing().ticketAssessments());
            }
        });
        return outcome(changes, documents.inForceTotals(parameters.month()).invoices(), refused, assessed);
    }

    private static Outcome outcome(Map<Reconciliation, List<Change>> changes, long invoicesInForce,
                                   List<Refused> refused, List<TicketAssessment> assessed) {
        refused.sort(REJECTS_ORDER);
        assessed.sort(SLA_ORDER);
        byte[] rejectsCsv = ReportFiles.rejects(each -> refused.forEach(r -> each.accept(new RejectLine(r.row().file(),
                r.row().line(), r.row().recordId(), r.row().reason()))));
        byte[] slaCsv = ReportFiles.serviceLevels(assessed::forEach);
        return new Outcome(changes, invoicesInForce, refused.size(), () -> rejectsCsv, () -> slaCsv, false);
    }

    /** Customers whose invoice now has another digest than the one in force: compared by content, a page at a time. */
    private void compareLineByLine(YearMonth month, Map<String, Optional<Invoice>> now,
                                   Map<Reconciliation, List<Change>> changes) {
        List<String> customers = List.copyOf(now.keySet());
        for (int from = 0; from < customers.size(); from += PAGE) {
            List<String> page = customers.subList(from, Math.min(customers.size(), from + PAGE));
            Map<String, IssuedInvoice> inForce = documents.inForce(month, page.get(0), page.get(page.size() - 1));
            for (String customerId : page) {
                Invoice issued = inForce.get(customerId).invoice();
                Optional<Invoice> invoice = now.get(customerId);
                changes.get(Reconciliation.of(Optional.of(issued), invoice)).add(new Change(customerId,
                        issued.totalInclVat(), invoice.map(Invoice::totalInclVat).orElse(null)));
            }
        }
    }
}
