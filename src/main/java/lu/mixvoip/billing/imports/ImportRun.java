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
import lu.mixvoip.billing.input.InputFiles;
import lu.mixvoip.billing.input.InputRows;
import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.report.ReportFiles;
import lu.mixvoip.billing.report.ReportFiles.RejectLine;
import lu.mixvoip.billing.run.ExitCode;
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.run.LoaderSink;
import lu.mixvoip.billing.run.Progress;
import lu.mixvoip.billing.run.RunOutcome;
import lu.mixvoip.billing.store.EmbeddedStoreCompaction;
import lu.mixvoip.billing.store.OperationalTables;
import lu.mixvoip.billing.store.OperationalTablesWriter;

/**
 * {@code import --input=DIR}: loads the CSV files into the operational tables, with the row rules of the billing
 * run (billing-rules §10-§11, §14-§15; all months, no month filter). An id already stored is updated. All or
 * nothing: one transaction.
 */
@Component
public class ImportRun {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final OperationalTables tables;
    private final Tariff tariff;
    private final Progress progress;
    private final FaultInjection faults;
    private final EmbeddedStoreCompaction compaction;

    public ImportRun(JdbcTemplate jdbc, TransactionTemplate transaction, OperationalTables tables, Tariff tariff,
                     Progress progress, FaultInjection faults, EmbeddedStoreCompaction compaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.tables = tables;
        this.tariff = tariff;
        this.progress = progress;
        this.faults = faults;
        this.compaction = compaction;
    }

    public RunOutcome run(Path input, Path output) {
        Instant started = Instant.now();
        List<RejectLine> rejects = new ArrayList<>();
        MonthInputLoader.Counts counts = transaction.execute(status -> {
            Set<String> stored = tables.customerIds();
            OperationalTablesWriter writer = new OperationalTablesWriter(jdbc);
            Progress.Tracker tracker = progress.start("import", "rows", 0);
            MonthInputLoader loader = new MonthInputLoader(null, tariff.zones(), new LoaderSink(writer,
                    (file, row, reason) -> rejects.add(new RejectLine(row.file(), row.line(),
                            InputRows.shownId(row.get(file.idColumn())), reason))), () -> {
                tracker.advance();
                faults.reach("import");
            }, stored::contains);
            MonthInputLoader.Counts loaded = loader.load(file -> InputFiles.open(input, file));
            writer.flush();
            tracker.finish();
            return loaded;
        });
        compaction.afterWriting();
        Path rejectsFile = output.resolve("import-rejects.csv");
        ReportFiles.writeRejects(rejectsFile, rejects::forEach);
        String report = String.format(Locale.ROOT, "Imported %s.%n  customers       %,d%n  contracts       %,d%n"
                        + "  interventions   %,d%n  tickets         %,d%n  rejected rows   %,d%s%n"
                        + "  rejects         %s%n  took            %s",
                input, counts.customers(), counts.contracts(), counts.interventions(), counts.tickets(),
                rejects.size(), rejects.isEmpty() ? "" : " (see import-rejects.csv)", rejectsFile,
                Duration.between(started, Instant.now()).toMillis() / 1000.0 + " s");
        return RunOutcome.of(ExitCode.completed(rejects.size()), report);
    }
}
