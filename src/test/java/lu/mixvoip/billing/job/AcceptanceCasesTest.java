package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.Store;

/**
 * Every case of src/test/resources/acceptance (a copy of the hand-checked cases): billed in a fresh store with the
 * default tariff, summary.csv must equal expected-summary.csv byte for byte and the rejected (file, line) pairs must
 * equal expected-rejects.csv.
 */
class AcceptanceCasesTest {

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path root = Path.of(AcceptanceCasesTest.class.getResource("/acceptance").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            List<Path> cases = folders.filter(Files::isDirectory).sorted().toList();
            assertThat(cases).isNotEmpty();
            return cases.stream().flatMap(c -> Stream.of(Store.values()).map(store -> Arguments.of(c, store)));
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void billsTheCaseExactlyAsExpected(Path folder, Store store, @TempDir Path work) throws IOException {
        String month = folder.getFileName().toString().replaceAll(".*-(\\d{4}-\\d{2})$", "$1");

        BillingRunner.Result result = BillingRunner.bill(store.options(work), folder, work, month);

        Set<String> expectedRejects = pairs(folder.resolve("expected-rejects.csv"));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(expectedRejects.isEmpty() ? 0 : 3);
        Path outputs = work.resolve("out").resolve(month);
        assertThat(Files.readAllBytes(outputs.resolve("summary.csv")))
                .isEqualTo(Files.readAllBytes(folder.resolve("expected-summary.csv")));
        assertThat(pairs(outputs.resolve("rejects.csv"))).isEqualTo(expectedRejects);
    }

    /** The (file,line) pairs of a rejects file; the reasons are free text. */
    private static Set<String> pairs(Path rejects) throws IOException {
        try (Stream<String> lines = Files.lines(rejects)) {
            return lines.skip(1).filter(l -> !l.isBlank())
                    .map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 2)))
                    .collect(Collectors.toSet());
        }
    }
}
