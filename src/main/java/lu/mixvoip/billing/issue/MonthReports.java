package lu.mixvoip.billing.issue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.report.ReportFiles;
import lu.mixvoip.billing.report.ReportFiles.AdjustmentLine;
import lu.mixvoip.billing.report.ReportFiles.RejectLine;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.TicketAssessmentRepository;

/**
 * A month's reports, from the store: summary.csv (the invoices in force), rejects.csv and sla.csv (of the run that
 * billed the month last), and adjustments.csv (every document the month's re-bills issued, rewritten whole, so that
 * it reads as an append-only history).
 */
public class MonthReports {
    public static final String SUMMARY = "summary.csv";
    public static final String REJECTS = "rejects.csv";
    public static final String ADJUSTMENTS = "adjustments.csv";
    public static final String SLA = "sla.csv";

    private final DocumentRepository documents;
    private final RejectRepository rejects;
    private final TicketAssessmentRepository assessments;

    public MonthReports(DocumentRepository documents, RejectRepository rejects, TicketAssessmentRepository assessments) {
        this.documents = documents;
        this.rejects = rejects;
        this.assessments = assessments;
    }

    /** Writes every report of the month into {@code folder}, those of a run from {@code runId}'s rows. */
    public void write(Path folder, YearMonth month, long runId) {
        write(folder, month, rejects(runId), serviceLevels(runId));
    }

    /** Writes every report of the month into {@code folder}: rejects.csv and sla.csv as given. */
    public void write(Path folder, YearMonth month, byte[] rejects, byte[] serviceLevels) {
        AtomicFiles.write(folder.resolve(SUMMARY), summary(month));
        AtomicFiles.write(folder.resolve(REJECTS), rejects);
        AtomicFiles.writeIfChanged(folder.resolve(SLA), serviceLevels);
        List<AdjustmentLine> adjustments = adjustments(month);
        if (!adjustments.isEmpty()) {
            AtomicFiles.write(folder.resolve(ADJUSTMENTS), ReportFiles.adjustments(adjustments));
        }
    }

    /** sla.csv of a run, from its assessments in the store. */
    public byte[] serviceLevels(long runId) {
        return ReportFiles.serviceLevels(each -> assessments.assessed(runId, each));
    }

    /** Writes the reports missing from {@code folder}, as they were written; returns how many. */
    public int restoreMissing(Path folder, YearMonth month, long runId) {
        int restored = 0;
        if (!Files.exists(folder.resolve(SUMMARY))) {
            AtomicFiles.write(folder.resolve(SUMMARY), summary(month));
            restored++;
        }
        if (!Files.exists(folder.resolve(REJECTS))) {
            AtomicFiles.write(folder.resolve(REJECTS), rejects(runId));
            restored++;
        }
        if (!Files.exists(folder.resolve(SLA))) {
            AtomicFiles.write(folder.resolve(SLA), serviceLevels(runId));
            restored++;
        }
        List<AdjustmentLine> adjustments = adjustments(month);
        if (!adjustments.isEmpty() && !Files.exists(folder.resolve(ADJUSTMENTS))) {
            AtomicFiles.write(folder.resolve(ADJUSTMENTS), ReportFiles.adjustments(adjustments));
            restored++;
        }
        return restored;
    }

    private byte[] summary(YearMonth month) {
        return ReportFiles.summary(each -> documents.inForceHeaders(month, each));
    }

    /** rejects.csv of a run, from its refused rows in the store. */
    public byte[] rejects(long runId) {
        return ReportFiles.rejects(each -> rejects.list(runId, r -> each.accept(new RejectLine(r.file(), r.line(),
                r.recordId(), r.reason()))));
    }

    private List<AdjustmentLine> adjustments(YearMonth month) {
        return documents.adjustments(month).stream().map(a -> new AdjustmentLine(a.number(), a.type(),
                a.customerId(), a.cancels(), a.totalExclVat(), a.vat(), a.totalInclVat(), a.rebill(),
                a.issuedOn())).toList();
    }
}
