package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;

/**
 * Every case of src/test/resources/acceptance (a copy of the product's hand-checked cases), billed in a fresh store
 * with the default tariff, from the CSV files and from the database tables after {@code import}, on both stores. Every
 * {@code expected-X} file of a case is compared with the run's {@code X}: byte for byte, except
 * {@code expected-rejects.csv}, whose {@code (file, line)} pairs must be the run's, in order and as often; and both
 * sources write the same summary.csv and sla.csv, byte for byte.
 */
class AcceptanceCasesIT {

    static Stream<Arguments> cases() {
        List<Path> cases = Fixtures.acceptanceCases();
        assertThat(cases).isNotEmpty();
        return cases.stream().flatMap(c -> Stream.of(Store.values()).map(store -> Arguments.of(c, store)));
    }

    @ParameterizedTest(name = "{0} from CSV and from the database on {1}")
    @MethodSource("cases")
    void billsTheCaseFromBothSourcesExactlyAsExpectedAndAlike(Path folder, Store store, @TempDir Path work)
            throws IOException {
        String month = Fixtures.monthOf(folder);
        Path csvWork = work.resolve("csv");
        Path dbWork = work.resolve("db");

        List<String> csvOptions = store.options(csvWork);
        BillingRunner.Result fromCsv = BillingRunner.bill(csvOptions, folder, csvWork, month);
        List<String> options = store.options(dbWork);
        List<String> importing = new ArrayList<>(List.of("import", "--input=" + folder,
                "--output=" + dbWork.resolve("out")));
        importing.addAll(options);
        BillingRunner.Result imported = BillingRunner.run(importing.toArray(String[]::new));
        BillingRunner.Result fromDb = BillingRunner.bill(options, folder, dbWork, month, "--source=db");

        List<String> expectedRejects = Fixtures.rejectPairs(folder.resolve("expected-rejects.csv"));
        assertThat(fromCsv.exitCode()).as(fromCsv.err()).isEqualTo(expectedRejects.isEmpty() ? 0 : 3);
        ExitCodes fromTables = DB_EXIT_CODES.get(folder.getFileName().toString());
        assertThat(fromTables).as("exit codes from the database, written below for every case").isNotNull();
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(fromTables.importing());
        assertThat(fromDb.exitCode()).as(fromDb.err()).isEqualTo(fromTables.billing());
        Path csvOutputs = csvWork.resolve("out").resolve(month);
        Path dbOutputs = dbWork.resolve("out").resolve(month);
        for (Path expected : expectedFiles(folder)) {
            String name = expected.getFileName().toString().substring("expected-".length());
            if (name.equals("rejects.csv")) {
                assertThat(Fixtures.rejectPairs(csvOutputs.resolve(name))).as(name).isEqualTo(expectedRejects);
                assertThat(refusedFromTheDatabase(dbWork, dbOutputs)).as(name).isEqualTo(expectedRejects);
            } else {
                assertThat(csvOutputs.resolve(name)).as(name).exists();
                assertThat(Files.readAllBytes(csvOutputs.resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(expected));
                assertThat(Files.readAllBytes(dbOutputs.resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(expected));
            }
        }
        // Also where a case has no expected file for them (sla.csv): both sources write the same bytes.
        for (String name : List.of("summary.csv", "sla.csv")) {
            assertThat(dbOutputs.resolve(name)).as(name).exists();
            assertThat(Files.readAllBytes(dbOutputs.resolve(name))).as(name + " from the database")
                    .isEqualTo(Files.readAllBytes(csvOutputs.resolve(name)));
        }
        decidesTheBilledMonthUnchanged(csvOptions, folder, csvWork, month, fromCsv.exitCode());
        decidesTheBilledMonthUnchanged(options, folder, dbWork, month, fromDb.exitCode(), "--source=db");
    }

    /**
     * Deciding a billed month, by both paths: the same command again (the billing basis is the billed run's: nothing is
     * read, the store answers), and the same month with the default tariff named as a file (another basis, the same
     * invoices: the month is read, rated and compared in memory, nothing staged or stored; or, allowed no memory for
     * it, staged in a transaction rolled back). Each finds nothing changed, and a re-bill's preview by each path
     * writes the reports the run wrote.
     */
    private static void decidesTheBilledMonthUnchanged(List<String> options, Path folder, Path work, String month,
                                                       int billed, String... source) throws IOException {
        Path tariff = Fixtures.defaultTariffAt(work.resolve("default-tariff.yml"));
        Path outputs = work.resolve("out").resolve(month);
        byte[] sla = Files.readAllBytes(outputs.resolve("sla.csv"));
        for (List<String> extra : List.of(List.of(source), with(source, "--tariff=" + tariff),
                with(source, "--tariff=" + tariff, "--billing.compared-in-memory=0"))) {
            BillingRunner.Result again = BillingRunner.bill(options, folder, work, month, extra.toArray(String[]::new));
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).as(String.join(" ", extra)).contains(month + " is already billed and the data"
                    + " gives the same invoices: nothing changed").doesNotContain("sla.csv is rewritten");
            assertThat(Files.readAllBytes(outputs.resolve("sla.csv"))).isEqualTo(sla);
            String sameBasis = "The input, tariff and VAT settings are those it was billed from.";
            if (extra.size() == source.length) {
                assertThat(again.out()).as("decided from the store").contains(sameBasis);
            } else {
                assertThat(again.out()).as("compared").doesNotContain(sameBasis);
            }

            BillingRunner.Result dryRun = BillingRunner.bill(options, folder, work, month,
                    with(extra.toArray(String[]::new), "--rebill", "--dry-run").toArray(String[]::new));
            assertThat(dryRun.exitCode()).as(dryRun.err()).isEqualTo(billed);
            assertThat(dryRun.out()).contains("0 customers would get a changed invoice, 0 a new invoice, 0 would"
                    + " lose their invoice");
            for (String name : List.of("summary.csv", "rejects.csv", "sla.csv")) {
                assertThat(Files.readAllBytes(outputs.resolve("preview").resolve(name)))
                        .as("preview " + name + " " + String.join(" ", extra))
                        .isEqualTo(Files.readAllBytes(outputs.resolve(name)));
            }
        }
    }

    private static List<String> with(String[] options, String... more) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(List.of(more));
        return all;
    }

    /**
     * The import refuses what breaks a row rule; the run what breaks a billing rule, naming the table and the line
     * each row had in the imported file. Together, as (file, line) pairs in file order: the rows the CSV run refuses.
     */
    private static List<String> refusedFromTheDatabase(Path dbWork, Path dbOutputs) {
        List<String> refused = new ArrayList<>(Fixtures.rejectPairs(dbWork.resolve("out/import-rejects.csv")));
        Fixtures.rejectPairs(dbOutputs.resolve("rejects.csv")).forEach(pair -> refused.add(pair.replaceFirst(",",
                ".csv,")));
        refused.sort(Comparator.comparing((String pair) -> FILE_ORDER.indexOf(pair.split(",")[0]))
                .thenComparing(pair -> Long.parseLong(pair.split(",")[1])));
        return refused;
    }

    /** What {@code import} and then {@code --source=db} exit with: 3 when each refuses a row, else 0. */
    private record ExitCodes(int importing, int billing) {
    }

    /**
     * By hand, from each case's expected-rejects.csv: basic-2026-10's I013 (on site without a travel zone) breaks a
     * billing rule, refused by the run, its other rows break row rules, refused by the import; every refused row of
     * managed-sla-2026-11 breaks a row rule (contract fees, tickets), so its run from the tables refuses nothing.
     */
    private static final Map<String, ExitCodes> DB_EXIT_CODES = Map.of(
            "basic-2026-10", new ExitCodes(3, 3),
            "managed-sla-2026-11", new ExitCodes(3, 0));

    private static final List<String> FILE_ORDER = Fixtures.INPUT_FILES;

    private static List<Path> expectedFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> expected = files.filter(f -> f.getFileName().toString().startsWith("expected-")).sorted()
                    .toList();
            assertThat(expected).extracting(f -> f.getFileName().toString()).contains("expected-summary.csv",
                    "expected-rejects.csv");
            return expected;
        }
    }
}
