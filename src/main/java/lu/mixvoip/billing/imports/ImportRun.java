package lu.mixvoip.billing.imports;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.input.CsvTable;
import lu.mixvoip.billing.input.ReadAhead;
import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.job.FaultInjection;
import lu.mixvoip.billing.job.Progress;
import lu.mixvoip.billing.job.RunOutcome;
import lu.mixvoip.billing.report.MonthSummary;
import lu.mixvoip.billing.store.OperationalTables;
import lu.mixvoip.billing.store.OperationalTablesWriter;
import lu.mixvoip.billing.store.RejectRepository.RejectedRow;

/**
 * {@code import --input=DIR}: loads the three CSV files into the operational tables, with the row rules of the
 * billing run (billing-rules §10-§11). An id already stored is updated. All or nothing: one transaction.
 */
@Component
public class ImportRun {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final OperationalTables tables;
    private final Progress progress;
    private final FaultInjection faults;

    public ImportRun(JdbcTemplate jdbc, TransactionTemplate transaction, OperationalTables tables, Progress progress,
                     FaultInjection faults) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.tables = tables;
        this.progress = progress;
        this.faults = faults;
    }

    public RunOutcome run(Path input, Path output, Tariff tariff) {
        Instant started = Instant.now();
        List<RejectedRow> rejects = new ArrayList<>();
        MonthInputLoader.Counts counts = transaction.execute(status -> {
            Set<String> stored = tables.customerIds();
            OperationalTablesWriter writer = new OperationalTablesWriter(jdbc,
                    (file, row, reason) -> rejects.add(new RejectedRow(row.file(), row.line(),
                            row.get(file.idColumn()), reason)));
            Progress.Tracker tracker = progress.start("import", "rows", 0);
            MonthInputLoader loader = new MonthInputLoader(null, tariff.zones(), writer, () -> {
                tracker.advance();
                faults.reach("import");
            }, stored::contains);
            MonthInputLoader.Counts loaded = loader.load(
                    file -> new ReadAhead(CsvTable.open(input.resolve(file.fileName()), file.columns()),
                            file.fileName()));
            writer.flush();
            tracker.finish();
            return loaded;
        });
        Path rejectsFile = output.resolve("import-rejects.csv");
        MonthSummary.writeRejects(rejectsFile, rejects::forEach);
        String report = String.format(Locale.ROOT, "Imported %s.%n  customers       %,d%n  contracts       %,d%n"
                        + "  interventions   %,d%n  rejected rows   %,d%s%n  rejects         %s%n  took            %s",
                input, counts.customers(), counts.contracts(), counts.interventions(), rejects.size(),
                rejects.isEmpty() ? "" : " (see import-rejects.csv)", rejectsFile,
                Duration.between(started, Instant.now()).toMillis() / 1000.0 + " s");
        return new RunOutcome(rejects.isEmpty() ? RunOutcome.COMPLETED : RunOutcome.COMPLETED_WITH_REJECTS, null,
                report);
    }
}
