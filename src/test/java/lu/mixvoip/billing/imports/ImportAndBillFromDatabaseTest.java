package lu.mixvoip.billing.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.generator.SyntheticMonth;

/** `import` fills the operational tables; `--source=db` bills them with the CSV path's rules and outputs. */
class ImportAndBillFromDatabaseTest {

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
        assertThat(pairs(work.resolve("out/import-rejects.csv"))).containsExactlyInAnyOrder(
                "contracts.csv,8", "contracts.csv,9", "interventions.csv,15", "interventions.csv,16",
                "interventions.csv,17", "interventions.csv,18", "interventions.csv,22", "interventions.csv,23");

        Result billed = BillingRunner.bill(db, input, work, "2026-10", "--source=db");

        assertThat(billed.exitCode()).as(billed.err()).isEqualTo(3);
        Path month = work.resolve("out/2026-10");
        assertThat(Files.readAllBytes(month.resolve("summary.csv")))
                .isEqualTo(Files.readAllBytes(input.resolve("expected-summary.csv")));
        assertThat(Files.readAllLines(month.resolve("rejects.csv"))).containsExactly("file,line,record_id,reason",
                "interventions,,I013,on-site work for customer C004 who has no travel zone");
        assertThat(billed.out()).contains("14 billed");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theDemoMonthBilledFromTheDatabaseEqualsTheCsvRun(Store store, @TempDir Path work) throws Exception {
        Path sample = Path.of("sample-data").toAbsolutePath();
        Path csvRun = work.resolve("csv");
        Path dbRun = work.resolve("db");
        assertThat(BillingRunner.bill(Store.H2.options(csvRun), sample, csvRun, "2026-10").exitCode()).isEqualTo(3);
        List<String> db = store.options(dbRun);

        run(db, "import", "--input=" + sample, "--output=" + dbRun.resolve("out"));
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

    /** Megabytes of rows: on PostgreSQL the COPY streams in several sends, from one table to the next. */
    @ParameterizedTest
    @EnumSource(Store.class)
    void aLargerMonthBilledFromTheDatabaseEqualsTheCsvRun(Store store, @TempDir Path work) throws Exception {
        Path input = work.resolve("in");
        SyntheticMonth.write(input, 4000, 25000, YearMonth.of(2026, 10), 3);
        assertThat(Files.size(input.resolve("interventions.csv"))).isGreaterThan(2 << 20);
        Path csvRun = work.resolve("csv");
        Path dbRun = work.resolve("db");
        assertThat(BillingRunner.bill(Store.H2.options(csvRun), input, csvRun, "2026-10").exitCode()).isEqualTo(3);
        List<String> db = store.options(dbRun);

        Result imported = run(db, "import", "--input=" + input, "--output=" + dbRun.resolve("out"));
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(3);
        Result billed = BillingRunner.bill(db, input, dbRun, "2026-10", "--source=db");

        assertThat(billed.exitCode()).as(billed.err()).isEqualTo(3);
        assertThat(Files.readAllBytes(dbRun.resolve("out/2026-10/summary.csv")))
                .isEqualTo(Files.readAllBytes(csvRun.resolve("out/2026-10/summary.csv")));
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void importingAgainUpdatesRowsAlreadyStored(Store store, @TempDir Path work) throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        for (String file : List.of("customers.csv", "contracts.csv", "interventions.csv")) {
            Files.copy(acceptanceCase().resolve(file), input.resolve(file));
        }
        List<String> db = store.options(work);
        run(db, "import", "--input=" + input, "--output=" + work.resolve("out"));
        Path customers = input.resolve("customers.csv");
        Files.writeString(customers, Files.readString(customers).replace("Garage Weber", "Garage Weber & Fils"));

        Result again = run(db, "import", "--input=" + input, "--output=" + work.resolve("out"));
        Result billed = BillingRunner.bill(db, input, work, "2026-10", "--source=db");

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

    private static List<String> pairs(Path rejects) throws IOException {
        return Files.readAllLines(rejects).stream().skip(1)
                .map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 2))).toList();
    }

    private static Path acceptanceCase() throws URISyntaxException {
        return Path.of(ImportAndBillFromDatabaseTest.class.getResource("/acceptance/basic-2026-10").toURI());
    }
}
