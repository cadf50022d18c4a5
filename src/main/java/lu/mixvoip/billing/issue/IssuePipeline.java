package lu.mixvoip.billing.issue;

import java.nio.file.Path;
import java.util.List;

import org.springframework.core.task.AsyncTaskExecutor;

import lu.mixvoip.billing.core.invoice.InvoiceAssembler;
import lu.mixvoip.billing.einvoice.EInvoicing;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.run.RunContext;
import lu.mixvoip.billing.staging.StagedMonth;
import lu.mixvoip.billing.staging.StagingRepository;
import lu.mixvoip.billing.store.DocumentNumbers;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.TicketAssessmentRepository;

/**
 * What the issue step does with the customers of a run, in ascending id: <b>rate</b> each one's month, then, chunk by
 * chunk, <b>reconcile</b> it with the invoice in force, <b>number</b> the documents that follow, <b>store</b> them and
 * <b>render</b> their files behind (see {@link DocumentFiles#writeBehind}). The batch step and a preview run this same
 * code; a preview differs only in its folder, its marked pages and its transaction, which is rolled back.
 */
public class IssuePipeline {
    private final CustomerRating rating;
    private final DocumentNumbering numbering;
    private final DocumentRecording recording;
    private final DocumentFiles files;

    IssuePipeline(CustomerRating rating, DocumentNumbering numbering, DocumentRecording recording,
                  DocumentFiles files) {
        this.rating = rating;
        this.numbering = numbering;
        this.recording = recording;
        this.files = files;
    }

    public RatedMonth rate(StagedMonth month) {
        return rating.process(month);
    }

    /** A chunk of rated customers, in their order, issued; returns them reconciled. */
    public List<ReconciledMonth> issue(List<? extends RatedMonth> chunk) throws Exception {
        List<ReconciledMonth> reconciled = ReconciledMonth.of(chunk);                     // reconcile
        IssuedDocuments issued = numbering.number(reconciled);                            // number
        recording.record(issued);                                                         // store
        files.writeBehind(issued);                                                        // render
        return reconciled;
    }

    /** Waits for the files still being written (see {@link DocumentFiles#finish}). */
    public void finish() throws Exception {
        files.finish();
    }

    /** The pipelines of runs: what every run's pipeline shares, and what makes one run's. */
    public static final class Factory {
        private final CustomerRating rating;
        private final DocumentNumbers numbers;
        private final DocumentRepository documents;
        private final RejectRepository rejects;
        private final TicketAssessmentRepository assessments;
        private final StagingRepository staging;
        private final InvoicePdfRenderer renderer;
        private final EInvoicing eInvoicing;
        private final FaultInjection faults;
        private final AsyncTaskExecutor workers;
        private final int paymentDays;

        public Factory(InvoiceAssembler assembler, DocumentNumbers numbers, DocumentRepository documents,
                RejectRepository rejects, TicketAssessmentRepository assessments, StagingRepository staging,
                InvoicePdfRenderer renderer, EInvoicing eInvoicing, FaultInjection faults, AsyncTaskExecutor workers,
                int paymentDays) {
            this.rating = new CustomerRating(assembler, faults);
            this.numbers = numbers;
            this.documents = documents;
            this.rejects = rejects;
            this.assessments = assessments;
            this.staging = staging;
            this.renderer = renderer;
            this.eInvoicing = eInvoicing;
            this.faults = faults;
            this.workers = workers;
            this.paymentDays = paymentDays;
        }

        /** The rules alone, for what rates without issuing (a comparison). */
        public CustomerRating rating() {
            return rating;
        }

        /** A billing run's: its documents' files into the month's output folder. */
        public IssuePipeline of(RunContext run) {
            return of(run, documentFiles(run.parameters().monthOutput(), false));
        }

        /** A preview's: files marked as previews into {@code folder}. */
        public IssuePipeline preview(RunContext run, Path folder) {
            return of(run, documentFiles(folder, true));
        }

        public DocumentFiles documentFiles(Path folder, boolean preview) {
            return new DocumentFiles(folder, renderer, eInvoicing, preview, faults, workers);
        }

        private IssuePipeline of(RunContext run, DocumentFiles files) {
            return new IssuePipeline(rating, new DocumentNumbering(numbers, run.parameters().issueDate(), paymentDays),
                    new DocumentRecording(documents, rejects, assessments, staging, run, faults), files);
        }
    }
}
