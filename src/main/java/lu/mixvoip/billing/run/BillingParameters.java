package lu.mixvoip.billing.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import lu.mixvoip.billing.input.InputFile;

/**
 * What one billing run needs. The month and the re-bill counter identify the job instance (so a failed run resumes
 * when started again); the rest travels as non-identifying parameters, taken from the command that starts or resumes
 * it, except the issue date, which a resumed run keeps (its documents are dated alike).
 */
public record BillingParameters(YearMonth month, int rebill, Source source, Path input, Path output,
                                String tariffFile, LocalDate issueDate) {

    /** Where the month's rows come from: the CSV files of --input, or the operational tables. */
    public enum Source { CSV, DB }

    private static final String MONTH = "month";
    private static final String REBILL = "rebill";

    /** The parameters that identify the job instance billing {@code month} for the {@code rebill}-th time. */
    public static JobParameters identifying(YearMonth month, int rebill) {
        return identifyingBuilder(month, rebill).toJobParameters();
    }

    private static JobParametersBuilder identifyingBuilder(YearMonth month, int rebill) {
        return new JobParametersBuilder().addString(MONTH, month.toString(), true)
                .addLong(REBILL, (long) rebill, true);
    }

    public JobParameters toJobParameters() {
        return identifyingBuilder(month, rebill)
                .addString("source", source.name(), false)
                .addString("input", input.toString(), false)
                .addString("output", output.toString(), false)
                .addString("tariff", tariffFile == null ? "" : tariffFile, false)
                .addString("issueDate", issueDate.toString(), false)
                .toJobParameters();
    }

    public static BillingParameters from(JobParameters parameters) {
        return new BillingParameters(YearMonth.parse(parameters.getString(MONTH)),
                parameters.getLong(REBILL).intValue(), Source.valueOf(parameters.getString("source")),
                Path.of(parameters.getString("input")), Path.of(parameters.getString("output")),
                parameters.getString("tariff", ""), LocalDate.parse(parameters.getString("issueDate")));
    }

    /** "execution 12 of 2026-10 (re-bill 1)": how messages name a run. */
    public static String describe(long executionId, JobParameters parameters) {
        long rebill = parameters.getLong(REBILL, 0L);
        return "execution " + executionId + " of " + parameters.getString(MONTH)
                + (rebill > 0 ? " (re-bill " + rebill + ")" : "");
    }

    /** The same run, as re-bill number {@code counter} of the month (0 is the first billing). */
    public BillingParameters asRebill(int counter) {
        return new BillingParameters(month, counter, source, input, output, tariffFile, issueDate);
    }

    public BillingParameters withIssueDate(LocalDate date) {
        return new BillingParameters(month, rebill, source, input, output, tariffFile, date);
    }

    /** The name rejects.csv gives an input: its file name, or its table name with --source=db. */
    public String shownName(InputFile file) {
        return source == Source.DB ? file.tableName() : file.fileName();
    }

    /** Where this month's outputs go: {@code DIR/YYYY-MM/}. */
    public Path monthOutput() {
        return output.resolve(month.toString());
    }
}
