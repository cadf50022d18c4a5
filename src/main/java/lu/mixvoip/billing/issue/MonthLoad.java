package lu.mixvoip.billing.issue;

import java.util.Optional;
import java.util.function.ObjIntConsumer;

import org.springframework.transaction.support.TransactionOperations;

import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.input.InputFiles;
import lu.mixvoip.billing.input.InputRows;
import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.input.RecordSource;
import lu.mixvoip.billing.run.BillingParameters;
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.run.LoaderSink;
import lu.mixvoip.billing.run.Progress;
import lu.mixvoip.billing.run.RunContext;
import lu.mixvoip.billing.staging.HeldMonth;
import lu.mixvoip.billing.staging.StagingRepository;
import lu.mixvoip.billing.staging.StagingWriter;
import lu.mixvoip.billing.store.MonthRows;
import lu.mixvoip.billing.store.OperationalTables;
import lu.mixvoip.billing.store.RejectRepository.RejectedRow;

/**
 * Stages a run's month: the rows of the CSV files or of the operational tables, through the row rules. Starts by
 * clearing what an interrupted or failed attempt may have staged, so it can always start again from scratch.
 */
public class MonthLoad {
    private final StagingRepository staging;
    private final OperationalTables tables;
    private final Tariff tariff;
    private final Progress progress;
    private final FaultInjection faults;

    public MonthLoad(StagingRepository staging, OperationalTables tables, Tariff tariff, Progress progress,
              FaultInjection faults) {
        this.staging = staging;
        this.tables = tables;
        this.tariff = tariff;
        this.progress = progress;
        this.faults = faults;
    }

    /** {@code writes}: the transactions the staged rows are written in (see {@link StagingRepository#writer}). */
    public MonthInputLoader.Counts load(RunContext run, TransactionOperations writes) {
        writes.executeWithoutResult(status -> staging.clear(run.runId()));
        StagingWriter writer = staging.writer(run.runId(), writes);
        return read(run.parameters(), writer, writer::reject);
    }

    /**
     * The month's accepted rows held in memory, nothing written to the store: what deciding a billed month compares;
     * its refused rows go to {@code refused}, with the order of their file. Throws {@link HeldMonth.TooLarge} past
     * {@code maxChars} packed characters.
     */
    public HeldMonth hold(BillingParameters parameters, ObjIntConsumer<RejectedRow> refused, long maxChars) {
        HeldMonth month = new HeldMonth(maxChars);
        read(parameters, month, refused);
        return month;
    }

    private MonthInputLoader.Counts read(BillingParameters parameters, MonthRows rows,
                                         ObjIntConsumer<RejectedRow> refused) {
        Progress.Tracker tracker = progress.start("load", "rows", 0);
        MonthInputLoader loader = new MonthInputLoader(parameters.month(), tariff.zones(),
                new LoaderSink(rows, (file, row, reason) -> refused.accept(new RejectedRow(
                        parameters.shownName(file), row.line(), InputRows.shownId(row.get(file.idColumn())), reason),
                        file.ordinal())), () -> {
                    tracker.advance();
                    faults.reach("load");
                });
        MonthInputLoader.Counts counts = loader.load(parameters.source() == BillingParameters.Source.DB
                ? tableInputs(parameters) : file -> InputFiles.open(parameters.input(), file));
        rows.flush();
        tracker.finish();
        return counts;
    }

    private MonthInputLoader.Inputs tableInputs(BillingParameters parameters) {
        return new MonthInputLoader.Inputs() {
            @Override
            public Optional<RecordSource> open(InputFile file) {
                return Optional.of(records(OperationalTables.Table.valueOf(file.name())));
            }

            @Override
            public Optional<RecordSource> refusedStarts() {
                return Optional.of(records(OperationalTables.Table.REFUSED_INTERVENTION_STARTS));
            }

            private RecordSource records(OperationalTables.Table table) {
                return new TableRecords(tables.open(table, parameters.month()));
            }
        };
    }
}
