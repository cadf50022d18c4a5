package lu.mixvoip.billing.job;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Reconciliation;
import lu.mixvoip.billing.core.servicelevel.TicketAssessment;
import lu.mixvoip.billing.report.ReportFiles;
import lu.mixvoip.billing.report.ReportFiles.RejectLine;
import lu.mixvoip.billing.staging.HeldMonth;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.RejectRepository.RejectedRow;

/**
 * Compares a billed month as its data gives it now with its invoices in force, customer by customer in ascending id
 * (as the issue step visits them): the month read once into memory, each customer rated and reconciled with its
 * invoice in force, read a page at a time. Nothing is written to the store and no number is used: it tells whether a
 * run would change anything, and gives the reports the data gives now (rejects.csv, sla.csv).
 */
class MonthComparison {
    /** Customers whose invoices in force are read in one query. */
    private static final int PAGE = 100;
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
    record Change(String customerId, BigDecimal before, BigDecimal after) {
        static Change of(ReconciledMonth month) {
            return new Change(month.customerId(), month.inForce().map(i -> i.invoice().totalInclVat()).orElse(null),
                    month.rated().billing().invoice().map(Invoice::totalInclVat).orElse(null));
        }
    }

    /** What a run would do, how many rows it would refuse, and rejects.csv and sla.csv as the data gives them. */
    record Outcome(Map<Reconciliation, List<Change>> changes, long invoicesInForce, long rejected, byte[] rejects,
                   byte[] serviceLevels) {
        boolean changesNothing() {
            return changes.get(Reconciliation.NEW).isEmpty() && changes.get(Reconciliation.CHANGED).isEmpty()
                    && changes.get(Reconciliation.GONE).isEmpty();
        }
    }

    private record Refused(int fileOrder, RejectedRow row) {
    }

    private final MonthLoad monthLoad;
    private final CustomerRating rating;
    private final DocumentRepository documents;

    MonthComparison(MonthLoad monthLoad, CustomerRating rating, DocumentRepository documents) {
        this.monthLoad = monthLoad;
        this.rating = rating;
        this.documents = documents;
    }

    Outcome compare(BillingParameters parameters) {
        YearMonth month = parameters.month();
        List<Refused> refused = new ArrayList<>();
        HeldMonth held = monthLoad.hold(parameters, (row, fileOrder) -> refused.add(new Refused(fileOrder, row)));
        List<String> inForce = documents.inForceCustomersAfter(month, "", Integer.MAX_VALUE);
        TreeSet<String> visited = new TreeSet<>(held.customersWithRows());
        visited.addAll(inForce);
        List<String> customers = List.copyOf(visited);
        Map<Reconciliation, List<Change>> changes = new EnumMap<>(Reconciliation.class);
        for (Reconciliation r : Reconciliation.values()) {
            changes.put(r, new ArrayList<>());
        }
        List<TicketAssessment> assessed = new ArrayList<>();
        for (int from = 0; from < customers.size(); from += PAGE) {
            List<String> page = customers.subList(from, Math.min(customers.size(), from + PAGE));
            Map<String, IssuedInvoice> invoices = documents.inForce(month, page.get(0), page.get(page.size() - 1));
            List<RatedMonth> rated = page.stream()
                    .map(id -> rating.process(held.take(id, month, invoices.get(id)))).toList();
            for (ReconciledMonth reconciled : ReconciledMonth.of(rated)) {
                changes.get(reconciled.reconciliation()).add(Change.of(reconciled));
                DocumentRecording.refusedRows(reconciled.rated(), parameters,
                        (file, row) -> refused.add(new Refused(file.ordinal(), row)));
                assessed.addAll(reconciled.rated().billing().ticketAssessments());
            }
        }
        refused.sort(REJECTS_ORDER);
        assessed.sort(SLA_ORDER);
        return new Outcome(changes, inForce.size(), refused.size(), ReportFiles.rejects(each -> refused.forEach(
                r -> each.accept(new RejectLine(r.row().file(), r.row().line(), r.row().recordId(),
                        r.row().reason())))), ReportFiles.serviceLevels(assessed::forEach));
    }
}
