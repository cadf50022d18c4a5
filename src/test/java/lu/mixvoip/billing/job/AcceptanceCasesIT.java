package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * {@code expected-rejects.csv}, whose {@code (file, line)} pairs must be the run's, in order and as often.
 */
class AcceptanceCasesIT {

    static Stream<Arguments> cases() {
        List<Path> cases = Fixtures.acceptanceCases();
        assertThat(cases).isNotEmpty();
        return cases.stream().flatMap(c -> Stream.of(Store.values()).map(store -> Arguments.of(c, store)));
    }

    @ParameterizedTest(name = "{0} from CSV on {1}")
    @MethodSource("cases")
    void billsTheCaseFromCsvExactlyAsExpected(Path folder, Store store, @TempDir Path work) throws IOException {
        String month = Fixtures.monthOf(folder);

        BillingRunner.Result result = BillingRunner.bill(store.options(work), folder, work, month);

        List<String> expectedRejects = Fixtures.rejectPairs(folder.resolve("expected-rejects.csv"));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(expectedRejects.isEmpty() ? 0 : 3);
        Path outputs = work.resolve("out").resolve(month);
        for (Path expected : expectedFiles(folder)) {
            String name = expected.getFileName().toString().substring("expected-".length());
            if (name.equals("rejects.csv")) {
                assertThat(Fixtures.rejectPairs(outputs.resolve(name))).as(name).isEqualTo(expectedRejects);
            } else {
                assertThat(outputs.resolve(name)).as(name).exists();
                assertThat(Files.readAllBytes(outputs.resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(expected));
            }
        }
    }

    @ParameterizedTest(name = "{0} from the database on {1}")
    @MethodSource("cases")
    void billsTheCaseFromTheDatabaseExactlyAsExpected(Path folder, Store store, @TempDir Path work)
            throws IOException {
        String month = Fixtures.monthOf(folder);
        List<String> options = store.options(work);
        List<String> importing = new ArrayList<>(List.of("import", "--input=" + folder,
                "--output=" + work.resolve("out")));
        importing.addAll(options);

        BillingRunner.Result imported = BillingRunner.run(importing.toArray(String[]::new));
        BillingRunner.Result result = BillingRunner.bill(options, folder, work, month, "--source=db");

        assertThat(imported.exitCode()).as(imported.err()).isIn(0, 3);
        assertThat(result.exitCode()).as(result.err()).isIn(0, 3);
        Path outputs = work.resolve("out").resolve(month);
        for (Path expected : expectedFiles(folder)) {
            String name = expected.getFileName().toString().substring("expected-".length());
            if (name.equals("rejects.csv")) {
                // The import refuses what breaks a row rule; the run what breaks a billing rule, naming the table and
                // the line each row had in the imported file. Together: the rows the CSV run refuses.
                List<String> refused = new ArrayList<>(Fixtures.rejectPairs(work.resolve("out/import-rejects.csv")));
                Fixtures.rejectPairs(outputs.resolve(name)).forEach(pair -> refused.add(pair.replaceFirst(",",
                        ".csv,")));
                refused.sort(Comparator.comparing((String pair) -> FILE_ORDER.indexOf(pair.split(",")[0]))
                        .thenComparing(pair -> Long.parseLong(pair.split(",")[1])));
                assertThat(refused).as(name).isEqualTo(Fixtures.rejectPairs(expected));
            } else {
                assertThat(Files.readAllBytes(outputs.resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(expected));
            }
        }
    }

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
