package lu.mixvoip.billing.job;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.CustomerBilling;
import lu.mixvoip.billing.core.invoice.Invoice;
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
        for (CustomerBilling billing : chunk) {
            billing.rejections().forEach(this::reject);
            Optional<IssuedInvoice> inForce = invoices.inForce(run.parameters().month(), billing.customerId());
            Reconciliation reconciliation = Reconciliation.of(inForce.map(IssuedInvoice::invoice), billing.invoice());
            if (reconciliation.cancelsInForce()) {
                cancel(inForce.get());
            }
            if (reconciliation.issuesInvoice()) {
                issue(billing.invoice().get());
            }
            reconciled.reconciled(billing, inForce, reconciliation);
        }
    }

    private void cancel(IssuedInvoice invoice) {
        LocalDate issueDate = run.parameters().issueDate();
        invoices.saveCreditNote(run.runId(), run.parameters().rebill(), new CreditNote(
                numbers.next(CREDIT_NOTE_PREFIX, issueDate.getYear()), issueDate, invoice));
    }

    private void issue(Invoice invoice) {
        LocalDate issueDate = run.parameters().issueDate();
        invoices.save(run.runId(), run.parameters().rebill(), new IssuedInvoice(
                numbers.next(INVOICE_PREFIX, issueDate.getYear()), issueDate, issueDate.plusDays(paymentDays),
                invoice));
        faults.reach("issue");
    }

    private void reject(Rejection rejection) {
        InputFile file = rejection.type() == Rejection.RecordType.CONTRACT ? InputFile.CONTRACTS
                : InputFile.INTERVENTIONS;
        String table = file == InputFile.CONTRACTS ? "staged_contract" : "staged_intervention";
        Long line = staging.lineOf(run.runId(), table, file.idColumn(), rejection.id());
        rejects.add(run.runId(), file, run.parameters().shownName(file), line, rejection.id(), rejection.reason());
    }
}
