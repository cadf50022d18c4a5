package lu.mixvoip.billing.finance;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import lu.mixvoip.billing.BillingProperties;
import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.run.DatabaseRunLock;
import lu.mixvoip.billing.run.ExitCode;
import lu.mixvoip.billing.run.RunOutcome;

/**
 * {@code finance --period=P}: writes {@code DIR/finance/P/} (vat-summary.csv, ec-sales-list.csv, journal.csv,
 * overview.pdf) from the store alone, in one read-only transaction, under the run locks like any command that reads
 * what a billing run writes. The same store gives the same bytes; an unchanged file keeps its time.
 */
@Component
public class FinanceRun {
    public static final List<String> FILES = List.of("vat-summary.csv", "ec-sales-list.csv", "journal.csv",
            "overview.pdf");

    private final PeriodStore store;
    private final DataSource dataSource;
    private final TransactionTemplate readOnly;
    private final AccountingProperties accounts;
    private final String seller;

    public FinanceRun(DataSource dataSource, PlatformTransactionManager transactions, AccountingProperties accounts,
                      BillingProperties properties) {
        this.store = new PeriodStore(dataSource);
        this.dataSource = dataSource;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.accounts = accounts;
        this.seller = properties.seller().name();
    }

    /** Where the pack of a period goes under the output folder. */
    public static Path folder(Path output, String period) {
        return output.resolve("finance").resolve(period);
    }

    public RunOutcome run(FinancePeriod period, Path output) {
        Instant started = Instant.now();
        try (DatabaseRunLock lock = DatabaseRunLock.tryAcquire(dataSource)) {
            if (lock == null) {
                return RunOutcome.of(ExitCode.REFUSED, "refused: a billing run is in progress on this database;"
                        + " nothing was written. Make the finance pack when it has finished.");
            }
            Computed pack = readOnly.execute(status -> compute(period));
            Path folder = folder(output, period.name());
            AtomicFiles.removeLeftovers(folder);
            byte[][] contents = {pack.files().vatSummaryCsv(), pack.files().ecSalesListCsv(),
                    pack.files().journalCsv(), OverviewPdf.render(pack.overview())};
            for (int i = 0; i < FILES.size(); i++) {
                AtomicFiles.writeIfChanged(folder.resolve(FILES.get(i)), contents[i]);
            }
            Overview o = pack.overview();
            return RunOutcome.of(ExitCode.COMPLETED, String.format(Locale.ROOT, "Finance pack of %s (documents"
                            + " issued %s to %s).%n  documents       %,d invoices, %,d credit notes%n"
                            + "  total           %s EUR excl. VAT, %s EUR VAT, %s EUR incl. VAT%n"
                            + "  output          %s%n  took            %.1f s", period, period.firstDay(),
                    period.lastDay(), o.invoices(), o.creditNotes(), o.totalExclVat().toPlainString(),
                    o.vat().toPlainString(), o.totalInclVat().toPlainString(), folder,
                    Duration.between(started, Instant.now()).toMillis() / 1000.0));
        } catch (IllegalStateException e) {
            return RunOutcome.of(ExitCode.FAILED, "the finance pack of " + period + " was not written: "
                    + e.getMessage());
        } catch (SQLException e) {
            return RunOutcome.of(ExitCode.FAILED, "cannot reach the database: " + e.getMessage());
        }
    }

    private record Computed(FinancePack files, Overview overview) {
    }

    private Computed compute(FinancePeriod period) {
        FinancePack pack = new FinancePack(accounts);
        store.documents(period, pack::add);
        PeriodFigures f = pack.figures();
        var runs = f.lastRunOfMonth().values();
        Overview overview = new Overview(period, seller, accounts.overviewLanguage(), f.invoices(), f.creditNotes(),
                f.totalExclVat(), f.vat(), f.totalInclVat(), f.byTier(), f.bySkill(), f.byCountry(),
                store.revenueOfMonths(period.twelveBillingMonths(), period.lastDay()), store.serviceLevels(runs),
                store.rejectedRows(runs));
        return new Computed(pack, overview);
    }
}
