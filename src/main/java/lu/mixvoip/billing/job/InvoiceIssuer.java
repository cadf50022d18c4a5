package lu.mixvoip.billing.job;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import lu.mixvoip.billing.core.invoice.CustomerBilling;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Rejection;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.store.InvoiceNumbers;
import lu.mixvoip.billing.store.InvoiceRepository;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.StagingRepository;

/**
 * Step 2's writer: numbers and stores each invoice in the chunk's order (ascending customer id), and records the
 * rejections found while rating. Numbers, invoices and the step's checkpoint commit in one transaction.
 */
class InvoiceIssuer implements ItemWriter<CustomerBilling> {
    static final String INVOICE_PREFIX = "INV";

    private final InvoiceNumbers numbers;
    private final InvoiceRepository invoices;
    private final RejectRepository rejects;
    private final StagingRepository staging;
    private final RunContext run;
    private final int paymentDays;
    private final FaultInjection faults;

    InvoiceIssuer(InvoiceNumbers numbers, InvoiceRepository invoices, RejectRepository rejects,
                  StagingRepository staging, RunContext run, int paymentDays, FaultInjection faults) {
        this.faults = faults;
        this.numbers = numbers;
        this.invoices = invoices;
        this.rejects = rejects;
        this.staging = staging;
        this.run = run;
        this.paymentDays = paymentDays;
    }

    @Override
    public void write(Chunk<? extends CustomerBilling> chunk) {
        LocalDate issueDate = run.parameters().issueDate();
        for (CustomerBilling billing : chunk) {
            billing.rejections().forEach(this::reject);
            billing.invoice().ifPresent(invoice -> {
                invoices.save(run.runId(), new IssuedInvoice(numbers.next(INVOICE_PREFIX, issueDate.getYear()),
                        issueDate, issueDate.plusDays(paymentDays), invoice));
                faults.reach("issue");
            });
        }
    }

    private void reject(Rejection rejection) {
        InputFile file = rejection.type() == Rejection.RecordType.CONTRACT ? InputFile.CONTRACTS
                : InputFile.INTERVENTIONS;
        String table = file == InputFile.CONTRACTS ? "staged_contract" : "staged_intervention";
        Long line = staging.lineOf(run.runId(), table, file.idColumn(), rejection.id());
        rejects.add(run.runId(), file, run.parameters().shownName(file), line, rejection.id(), rejection.reason());
    }
}
