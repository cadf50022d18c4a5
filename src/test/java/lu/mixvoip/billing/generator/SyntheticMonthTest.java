package lu.mixvoip.billing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.Fixtures;

/** The generator is a measuring instrument: the same seed gives the same month, and a profile keeps its shape. */
class SyntheticMonthTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    /** Benchmark figures measured on the default profile stay comparable: its rows never change for a seed. */
    @Test
    void theDefaultProfileWritesTheRowsEarlierFiguresWereMeasuredOn(@TempDir Path folder) throws IOException {
        SyntheticMonth.write(folder, 1000, 10000, OCTOBER, 1);

        assertThat(Fixtures.hashes(folder)).contains(
                Map.entry("customers.csv", "1528a2e5a092fcc37faeb2418cc2062640ef9f32229dfa5101832a80542774f1"),
                Map.entry("contracts.csv", "c978d36065305cfa6ad76b74d8fe1f6e5260e62922ecf336b268092b867e315b"),
                Map.entry("interventions.csv", "cf2b5bf339c735260edb57e4fd3559811a414b0fe0c6bbb374297857b7faacf4"));
    }

    @Test
    void theHeavyProfileIsTheSameForASeed(@TempDir Path folder) throws IOException {
        SyntheticMonth.write(folder.resolve("a"), 200, 4000, OCTOBER, 5, Profile.HEAVY);
        SyntheticMonth.write(folder.resolve("b"), 200, 4000, OCTOBER, 5, Profile.HEAVY);

        assertThat(Fixtures.hashes(folder.resolve("a"))).isEqualTo(Fixtures.hashes(folder.resolve("b")));
    }

    /** Twenty interventions per customer give or take, and no on-site work where the card has no travel fee. */
    @Test
    void theHeavyProfileSpreadsTheWorkEvenly(@TempDir Path folder) throws IOException {
        SyntheticMonth.write(folder, 500, 10000, OCTOBER, 1, Profile.HEAVY);

        List<String[]> rows = rows(folder.resolve("interventions.csv"));
        Map<String, Long> perCustomer = rows.stream().collect(Collectors.groupingBy(r -> r[1], Collectors.counting()));
        assertThat(perCustomer).hasSize(500);
        assertThat(perCustomer.values()).allSatisfy(n -> assertThat(n).isBetween(8L, 35L));
        List<String> withoutZone = rows(folder.resolve("customers.csv")).stream()
                .filter(c -> c[c.length - 1].isEmpty()).map(c -> c[0]).toList();
        assertThat(withoutZone).isNotEmpty();
        assertThat(rows).filteredOn(r -> withoutZone.contains(r[1])).extracting(r -> r[6]).containsOnly("REMOTE");
    }

    private static List<String[]> rows(Path file) throws IOException {
        Function<String, String[]> fields = line -> line.split(",", -1);
        return Files.readAllLines(file).stream().skip(1).map(fields).toList();
    }
}
