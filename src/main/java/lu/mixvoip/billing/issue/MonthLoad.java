package lu.mixvoip.billing.issue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
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
     * {@code maxBytes} of heap.
     */
    public HeldMonth hold(BillingParameters parameters, ObjIntConsumer<RejectedRow> refused, long maxBytes) {
        if (parameters.source() == BillingParameters.Source.CSV && !HeldMonth.fits(inputSize(parameters), maxBytes)) {
            throw new HeldMonth.TooLarge(maxBytes); // known before reading a row: the files are at least as large
        }
        HeldMonth month = new HeldMonth(maxBytes);
        read(parameters, month, refused);
        return month;
    }

    /** The characters of the month's CSV files that a held month packs: about their bytes. */
    private static long inputSize(BillingParameters parameters) {
        long size = 0;
        for (InputFile file : List.of(InputFile.CONTRACTS, InputFile.INTERVENTIONS, InputFile.TICKETS)) {
            try {
                size += Files.size(parameters.input().resolve(file.fileName()));
            } catch (IOException e) {
                // absent (tickets) or unreadable: the load says which
            }
        }
        return size;
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
