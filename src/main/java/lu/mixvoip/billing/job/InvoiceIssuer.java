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
import lu.mixvoip.billing.store.StagingRepository;

/**
 * Step 2's writer, in the chunk's order (ascending customer id): records the rejections found while rating, and
 * reconciles each customer's month with its invoice in force: a new invoice gets the next gapless number; a changed
 * one is cancelled by a credit note (its own sequence) and replaced; an unchanged one is left alone. Numbers,
 * documents and the step's checkpoint commit in one transaction.
 */
class InvoiceIssuer implements ItemWriter<CustomerBilling> {
    static final String INVOICE_PREFIX = "INV";
    static final String CREDIT_NOTE_PREFIX = "CN";

    private final InvoiceNumbers numbers;
    private final InvoiceRepository invoices;
    private final RejectRepository rejects;
    private final StagingRepository staging;
    private final RunContext run;
    private final int paymentDays;
    private final FaultInjection faults;
    private final ReconciliationListener reconciled;

    InvoiceIssuer(InvoiceNumbers numbers, InvoiceRepository invoices, RejectRepository rejects,
                  StagingRepository staging, RunContext run, int paymentDays, FaultInjection faults,
                  ReconciliationListener reconciled) {
        this.numbers = numbers;
        this.invoices = invoices;
        this.rejects = rejects;
        this.staging = staging;
        this.run = run;
        this.paymentDays = paymentDays;
        this.faults = faults;
        this.reconciled = reconciled;
    }

    @Override
    public void write(Chunk<? extends CustomerBilling> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        List<? extends CustomerBilling> billings = chunk.getItems();
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
            current.add(invoice);
            reconciliations.add(reconciliation);
            creditNotes += reconciliation.cancelsInForce() ? 1 : 0;
            newInvoices += reconciliation.issuesInvoice() ? 1 : 0;
        }
        LocalDate issueDate = run.parameters().issueDate();
        InvoiceNumbers.Block creditNoteNumbers = numbers.reserve(CREDIT_NOTE_PREFIX, issueDate.getYear(), creditNotes);
        InvoiceNumbers.Block invoiceNumbers = numbers.reserve(INVOICE_PREFIX, issueDate.getYear(), newInvoices);
        for (int i = 0; i < billings.size(); i++) {
            CustomerBilling billing = billings.get(i);
            billing.rejections().forEach(this::reject);
            Reconciliation reconciliation = reconciliations.get(i);
            if (reconciliation.cancelsInForce()) {
                invoices.saveCreditNote(run.runId(), run.parameters().rebill(),
                        new CreditNote(creditNoteNumbers.next(), issueDate, current.get(i).get()));
            }
            if (reconciliation.issuesInvoice()) {
                invoices.save(run.runId(), run.parameters().rebill(), new IssuedInvoice(invoiceNumbers.next(),
                        issueDate, issueDate.plusDays(paymentDays), billing.invoice().get()));
                faults.reach("issue");
            }
            reconciled.reconciled(billing, current.get(i), reconciliation);
        }
    }

    private void reject(Rejection rejection) {
        InputFile file = rejection.type() == Rejection.RecordType.CONTRACT ? InputFile.CONTRACTS
                : InputFile.INTERVENTIONS;
        Long line = staging.lineOf(run.runId(), file, rejection.id());
        rejects.add(run.runId(), file, run.parameters().shownName(file), line, rejection.id(), rejection.reason());
    }
}
