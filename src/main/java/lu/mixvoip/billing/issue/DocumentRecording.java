package lu.mixvoip.billing.issue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import lu.mixvoip.billing.core.invoice.Rejection;
import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.servicelevel.TicketAssessment;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.input.InputRows;
import lu.mixvoip.billing.run.BillingParameters;
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.run.RunContext;
import lu.mixvoip.billing.staging.StagingRepository;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.RejectRepository.RejectedRow;
import lu.mixvoip.billing.store.TicketAssessmentRepository;

/**
 * Stores what a chunk issued and found, in the chunk's transaction: its documents, the rows the billing rules
 * refused (with their source lines), and its tickets' assessments; and drops the staged rows it was the last to need.
 */
class DocumentRecording {
    private final DocumentRepository documents;
    private final RejectRepository rejects;
    private final TicketAssessmentRepository assessments;
    private final StagingRepository staging;
    private final RunContext run;
    private final FaultInjection faults;

    DocumentRecording(DocumentRepository documents, RejectRepository rejects, TicketAssessmentRepository assessments,
                      StagingRepository staging, RunContext run, FaultInjection faults) {
        this.documents = documents;
        this.rejects = rejects;
        this.assessments = assessments;
        this.staging = staging;
        this.run = run;
        this.faults = faults;
    }

    void record(IssuedDocuments issued) {
        documents.save(run.runId(), run.parameters().rebill(), issued.creditNotes(), issued.invoices());
        issued.invoices().forEach(invoice -> faults.reach("issue"));
        recordFindings(issued.months());
    }

    /** What the billing rules found in the months, besides documents: the refused rows and the tickets' assessments. */
    private void recordFindings(List<ReconciledMonth> months) {
        Map<InputFile, List<RejectedRow>> refused = new EnumMap<>(InputFile.class);
        List<TicketAssessment> assessed = new ArrayList<>();
        List<Ticket> notAssessed = new ArrayList<>();
        for (ReconciledMonth month : months) {
            refusedRows(month.rated(), run.parameters(),
                    (file, row) -> refused.computeIfAbsent(file, f -> new ArrayList<>()).add(row));
            assessed.addAll(month.rated().billing().ticketAssessments());
            notAssessed.addAll(month.rated().billing().ticketsNotAssessed());
        }
        refused.forEach((file, rows) -> rejects.add(run.runId(), file.ordinal(), rows));
        assessments.save(run.runId(), assessed, notAssessed);
        if (!months.isEmpty()) {
            staging.releaseRangesThrough(run.runId(), months.get(months.size() - 1).customerId());
        }
    }

    /** The rows of a customer's month that the billing rules refused, as rejects.csv lists them, with their file. */
    static void refusedRows(RatedMonth month, BillingParameters parameters, BiConsumer<InputFile, RejectedRow> each) {
        for (Rejection rejection : month.billing().rejections()) {
            InputFile file = switch (rejection.type()) {
                case CONTRACT -> InputFile.CONTRACTS;
                case INTERVENTION -> InputFile.INTERVENTIONS;
                case TICKET -> InputFile.TICKETS;
            };
            each.accept(file, new RejectedRow(parameters.shownName(file), month.staged().lineOf(rejection),
                    InputRows.shownId(rejection.id()), rejection.reason()));
        }
    }
}
