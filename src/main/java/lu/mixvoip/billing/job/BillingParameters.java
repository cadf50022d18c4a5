package lu.mixvoip.billing.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.input.TariffFileReader;

/**
 * What one billing run needs. The month identifies the job instance (so a failed run resumes when started again);
 * the rest travels as non-identifying parameters.
 */
public record BillingParameters(YearMonth month, int rebill, Source source, Path input, Path output,
                                String tariffFile, LocalDate issueDate) {

    /** Where the month's rows come from: the three CSV files of --input, or the operational tables. */
    public enum Source { CSV, DB }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString("month", month.toString(), true)
                .addLong("rebill", (long) rebill, true)
                .addString("source", source.name(), false)
                .addString("input", input.toString(), false)
                .addString("output", output.toString(), false)
                .addString("tariff", tariffFile == null ? "" : tariffFile, false)
                .addString("issueDate", issueDate.toString(), false)
                .toJobParameters();
    }

    public static BillingParameters from(JobParameters parameters) {
        return new BillingParameters(YearMonth.parse(parameters.getString("month")),
                parameters.getLong("rebill").intValue(), Source.valueOf(parameters.getString("source")), Path.of(parameters.getString("input")), Path.of(parameters.getString("output")),
                parameters.getString("tariff", ""), LocalDate.parse(parameters.getString("issueDate")));
    }

    public Tariff tariff() {
        return tariffFile == null || tariffFile.isEmpty() ? TariffFileReader.readBundled()
                : TariffFileReader.read(Path.of(tariffFile));
    }

    /** The same run, as re-bill number {@code counter} of the month (0 is the first billing). */
    public BillingParameters asRebill(int counter) {
        return new BillingParameters(month, counter, source, input, output, tariffFile, issueDate);
    }

    public BillingParameters withIssueDate(LocalDate date) {
        return new BillingParameters(month, rebill, source, input, output, tariffFile, date);
    }

    /** The name rejects.csv gives an input: its file name, or its table name with --source=db. */
    public String shownName(lu.mixvoip.billing.input.InputFile file) {
        return source == Source.DB ? file.tableName() : file.fileName();
    }

    /** Where this month's outputs go: {@code DIR/YYYY-MM/}. */
    public Path monthOutput() {
        return output.resolve(month.toString());
    }
}
