package lu.mixvoip.billing.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.generator.SyntheticMonth;

/** `import` fills the operational tables; `--source=db` bills them with the CSV path's rules and outputs. */
class ImportAndBillFromDatabaseIT {
    @TempDir
    static Path shared;
    /** A month of megabytes of rows, and its summary as billed from the CSV files (once for both stores). */
    static Path largeMonth;
    static byte[] largeMonthSummary;
    /** The demo month billed from its CSV files. */
    static Path demoRun;

    @BeforeAll
    static void billTheLargeAndTheDemoMonthFromCsv() throws IOException {
        demoRun = shared.resolve("demo");
        assertThat(BillingRunner.bill(Store.H2.options(demoRun), Path.of("sample-data").toAbsolutePath(), demoRun,
                "2026-10").exitCode()).isEqualTo(3);
        largeMonth = shared.resolve("in");
        SyntheticMonth.write(largeMonth, 1000, 25000, YearMonth.of(2026, 10), 3);
        assertThat(Files.size(largeMonth.resolve("interventions.csv"))).isGreaterThan(2 << 20);
        Path csvRun = shared.resolve("csv");
        assertThat(BillingRunner.bill(Store.H2.options(csvRun), largeMonth, csvRun, "2026-10").exitCode())
                .isEqualTo(3);
        largeMonthSummary = Files.readAllBytes(csvRun.resolve("out/2026-10/summary.csv"));
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void billingFromTheDatabaseGivesTheSameSummaryAsFromCsv(Store store, @TempDir Path work) throws Exception {
        Path input = acceptanceCase();
        List<String> db = store.options(work);

        Result imported = run(db, "import", "--input=" + input, "--output=" + work.resolve("out"));

        assertThat(imported.exitCode()).as(imported.err() + imported.out()).isEqualTo(3);
        assertThat(imported.out()).contains("customers       9", "contracts       6", "interventions   17");
        // Every bad row of the files except I013: on-site work without travel zone is a billing rule (§4), and the
        // customer may get a zone before the month is billed.
        assertThat(Fixtures.rejectPairs(work.resolve("out/import-rejects.csv"))).containsExactly(
                "contracts.csv,8", "contracts.csv,9", "interventions.csv,15", "interventions.csv,16",
                "interventions.csv,17", "interventions.csv,18", "interventions.csv,22", "interventions.csv,23");

        Result billed = BillingRunner.bill(db, input, work, "2026-10", "--source=db");

        assertThat(billed.exitCode()).as(billed.err()).isEqualTo(3);
        Path month = work.resolve("out/2026-10");
        assertThat(Files.readAllBytes(month.resolve("summary.csv")))
                .isEqualTo(Files.readAllBytes(input.resolve("expected-summary.csv")));
        assertThat(Files.readAllLines(month.resolve("rejects.csv"))).containsExactly("file,line,record_id,reason",
                "interventions,14,I013,on-site work for customer C004 who has no travel zone");
        assertThat(billed.out()).contains("14 billed");
    }

    /**
     * The run reads the tables' typed columns as they are: a timestamp another system wrote with seconds, or with
     * another offset, is the same instant to the minute, and bills as its CSV row does.
     */
    @ParameterizedTest
    @EnumSource(Store.class)
    void typedTimestampsWithSecondsOrAnotherOffsetBillAsTheirCsvRows(Store store, @TempDir Path work)
            throws Exception {
        Path input = acceptanceCase();
        List<String> db = store.options(work);
        assertThat(run(db, "import", "--input=" + input, "--output=" + work.resolve("out")).exitCode()).isEqualTo(3);
        JdbcTemplate tables = new JdbcTemplate(Store.dataSourceOf(db));
        for (String id : tables.queryForList("SELECT intervention_id FROM interventions", String.class)) {
            OffsetDateTime start = tables.queryForObject("SELECT start_at FROM interventions WHERE"
                    + " intervention_id = ?", OffsetDateTime.class, id);
            OffsetDateTime end = tables.queryForObject("SELECT end_at FROM interventions WHERE intervention_id = ?",
                    OffsetDateTime.class, id);
            tables.update("UPDATE interventions SET start_at = ?, end_at = ? WHERE intervention_id = ?",
                    start.plusSeconds(42).withOffsetSameInstant(ZoneOffset.ofHours(-5)),
                    end.plusSeconds(17).withOffsetSameInstant(ZoneOffset.ofHours(9)), id);
        }

        Result billed = BillingRunner.bill(db, input, work, "2026-10", "--source=db");

        assertThat(billed.exitCode()).as(billed.err()).isEqualTo(3);
        assertThat(Files.readAllBytes(work.resolve("out/2026-10/summary.csv")))
                .isEqualTo(Files.readAllBytes(input.resolve("expected-summary.csv")));
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theDemoMonthBilledFromTheDatabaseEqualsTheCsvRun(Store store, @TempDir Path work) throws Exception {
        Path sample = Path.of("sample-data").toAbsolutePath();
        Path csvRun = demoRun;
        Path dbRun = work;
        List<String> db = store.options(dbRun);

        Result imported = run(db, "import", "--input=" + sample, "--output=" + dbRun.resolve("out"));
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(3);
        Result billed = BillingRunner.bill(db, sample, dbRun, "2026-10", "--source=db");

        assertThat(billed.exitCode()).as(billed.err()).isEqualTo(3);
        assertThat(Files.readAllBytes(dbRun.resolve("out/2026-10/summary.csv")))
                .isEqualTo(Files.readAllBytes(csvRun.resolve("out/2026-10/summary.csv")));
        try (var pdfs = Files.list(csvRun.resolve("out/2026-10/invoices"))) {
            for (Path pdf : pdfs.toList()) {
                assertThat(Files.readAllBytes(dbRun.resolve("out/2026-10/invoices").resolve(pdf.getFileName())))
                        .as(pdf.getFileName().toString()).isEqualTo(Files.readAllBytes(pdf));
            }
        }
    }

    /**
     * Megabytes of rows: on PostgreSQL the COPY streams in several sends, from one table to the next. (H2 imports with
     * plain batches, which the demo month above covers.)
     */
    @Test
    void aLargerMonthBilledFromPostgresqlEqualsTheCsvRun(@TempDir Path work) {
        List<String> db = Store.POSTGRES.options(work);

        Result imported = run(db, "import", "--input=" + largeMonth, "--output=" + work.resolve("out"));
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(3);
        Result billed = BillingRunner.bill(db, largeMonth, work, "2026-10", "--source=db");

        assertThat(billed.exitCode()).as(billed.err()).isEqualTo(3);
        assertThat(work.resolve("out/2026-10/summary.csv")).hasBinaryContent(largeMonthSummary);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void importingAgainUpdatesRowsAlreadyStored(Store store, @TempDir Path work) throws Exception {
        Path input = Fixtures.copyOfInputs(acceptanceCase(), work.resolve("in"));
        List<String> db = store.options(work);
        assertThat(run(db, "import", "--input=" + input, "--output=" + work.resolve("out")).exitCode()).isEqualTo(3);
        Fixtures.edit(input.resolve("customers.csv"), text -> text.replace("Garage Weber", "Garage Weber & Fils"));

        Result again = run(db, "import", "--input=" + input, "--output=" + work.resolve("out"));
        Result billed = BillingRunner.bill(db, input, work, "2026-10", "--source=db");

        assertThat(again.exitCode()).as(again.err()).isEqualTo(3);
        assertThat(again.out()).contains("customers       9");
        assertThat(billed.exitCode()).isEqualTo(3);
        assertThat(Files.readString(work.resolve("out/2026-10/summary.csv")))
                .contains("INV-2026-000006,C006,Garage Weber & Fils,LU,ENTERPRISE,318.00,655.00")
                .hasLineCount(9);
    }

    private static Result run(List<String> db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(db);
        return BillingRunner.run(all.toArray(String[]::new));
    }

    private static Path acceptanceCase() {
        return Fixtures.acceptanceCase("basic-2026-10");
    }
}
