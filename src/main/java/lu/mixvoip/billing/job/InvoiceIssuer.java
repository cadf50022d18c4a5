package lu.mixvoip.billing.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.CustomerBilling;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Reconciliation;
import lu.mixvoip.billing.core.invoice.Rejection;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.store.InvoiceNumbers;
import lu.mixvoip.billing.store.InvoiceRepository;
import lu.mixvoip.billing.store.RejectRepository;

/**
 * Step 2's writer, in the chunk's order (ascending customer id): records the rejections found while rating, and
 * reconciles each customer's month with its invoice in force: a new invoice gets the next gapless number; a changed
 * one is cancelled by a credit note (its own sequence) and replaced; an unchanged one is left alone. Numbers,
 * documents and the step's checkpoint commit in one transaction.
 * <p>
 * The documents' PDFs are rendered by the workers while this thread stores the chunk and goes on with the next one
 * (see {@link DocumentPdfFiles#writeBehind}). A chunk rolled back is redone from the same staged month with the same
 * numbers, so its files are rewritten with the same bytes; the files of a committed chunk lost in a crash are rendered
 * again by the render steps.
 */
class InvoiceIssuer implements ItemWriter<RatedMonth> {
    static final String INVOICE_PREFIX = "INV";
    static final String CREDIT_NOTE_PREFIX = "CN";

    private final InvoiceNumbers numbers;
    private final InvoiceRepository invoices;
    private final RejectRepository rejects;
    private final RunContext run;
    private final int paymentDays;
    private final FaultInjection faults;
    private final DocumentPdfFiles files;
    private final ReconciliationListener reconciled;

    InvoiceIssuer(InvoiceNumbers numbers, InvoiceRepository invoices, RejectRepository rejects, RunContext run,
                  int paymentDays, FaultInjection faults, DocumentPdfFiles files, ReconciliationListener reconciled) {
        this.numbers = numbers;
        this.invoices = invoices;
        this.rejects = rejects;
        this.run = run;
        this.paymentDays = paymentDays;
        this.faults = faults;
        this.files = files;
        this.reconciled = reconciled;
    }

    @Override
    public void write(Chunk<? extends RatedMonth> chunk) throws Exception {
        if (chunk.isEmpty()) {
            return;
        }
        List<CustomerBilling> billings = chunk.getItems().stream().map(RatedMonth::billing).toList();
        // One look-up of the invoices in force for the whole chunk; lines only where there is something to compare.
        Map<String, IssuedInvoice> inForce = invoices.inForceBetween(run.parameters().month(),
                billings.get(0).customerId(), billings.get(billings.size() - 1).customerId());
        List<Optional<IssuedInvoice>> current = new ArrayList<>();
        List<Reconciliation> reconciliations = new ArrayList<>();
        int creditNotes = 0;
        int newInvoices = 0;
        for (CustomerBilling billing : billings) {
            Optional<IssuedInvoice> invoice = Optional.ofNullable(inForce.get(billing.customerId()));
            if (invoice.isPresent() && billing.invoice().isPresent()) {
                invoice = invoices.inForce(run.parameters().month(), billing.customerId());
            }
            Reconciliation reconciliation = Reconciliation.of(invoice.map(IssuedInvoice::invoice), billing.invoice());
            if (reconciliation.cancelsInForce() && billing.invoice().isEmpty()) {
                invoice = invoices.inForce(run.parameters().month(), billing.customerId()); // the credit note's lines
            }
            current.add(invoice);
            reconciliations.add(reconciliation);
            creditNotes += reconciliation.cancelsInForce() ? 1 : 0;
            newInvoices += reconciliation.issuesInvoice() ? 1 : 0;
        }
        LocalDate issueDate = run.parameters().issueDate();
        InvoiceNumbers.Block creditNoteNumbers = numbers.reserve(CREDIT_NOTE_PREFIX, issueDate.getYear(), creditNotes);
        InvoiceNumbers.Block invoiceNumbers = numbers.reserve(INVOICE_PREFIX, issueDate.getYear(), newInvoices);
        List<CreditNote> notes = new ArrayList<>();
        List<IssuedInvoice> issued = new ArrayList<>();
        for (int i = 0; i < billings.size(); i++) {
            CustomerBilling billing = billings.get(i);
            Reconciliation reconciliation = reconciliations.get(i);
            if (reconciliation.cancelsInForce()) {
                notes.add(new CreditNote(creditNoteNumbers.next(), issueDate, current.get(i).get()));
            }
            if (reconciliation.issuesInvoice()) {
                issued.add(new IssuedInvoice(invoiceNumbers.next(), issueDate, issueDate.plusDays(paymentDays),
                        billing.invoice().get()));
            }
        }
        files.writeBehind(issued, notes);
        chunk.getItems().forEach(this::reject);
        for (CreditNote note : notes) {
            invoices.saveCreditNote(run.runId(), run.parameters().rebill(), note);
        }
        for (IssuedInvoice invoice : issued) {
            invoices.save(run.runId(), run.parameters().rebill(), invoice);
            faults.reach("issue");
        }
        for (int i = 0; i < billings.size(); i++) {
            reconciled.reconciled(billings.get(i), current.get(i), reconciliations.get(i));
        }
    }

    private void reject(RatedMonth rated) {
        for (Rejection rejection : rated.billing().rejections()) {
            InputFile file = rejection.type() == Rejection.RecordType.CONTRACT ? InputFile.CONTRACTS
                    : InputFile.INTERVENTIONS;
            rejects.add(run.runId(), file, run.parameters().shownName(file), rated.staged().lineOf(rejection),
                    rejection.id(), rejection.reason());
        }
    }
}
