package lu.mixvoip.billing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import lu.mixvoip.billing.Fixtures;

/** The generator is a measuring instrument: the same seed gives the same month, and a profile keeps its shape. */
class SyntheticMonthTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    /**
     * Benchmark figures measured on the default profile stay comparable: its rows never change for a seed. Its
     * customers and interventions are those of the first benchmarks; contracts.csv changed once, when managed
     * contracts and negotiated fees came in, and tickets.csv came then.
     */
    @Test
    void theDefaultProfileWritesTheRowsEarlierFiguresWereMeasuredOn(@TempDir Path folder) throws IOException {
        SyntheticMonth.write(folder, 1000, 10000, OCTOBER, 1);

        assertThat(Fixtures.hashes(folder)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "customers.csv", "1528a2e5a092fcc37faeb2418cc2062640ef9f32229dfa5101832a80542774f1",
                "contracts.csv", "52342965dafc5e6beb2dfbde5a5d7bbcbd7aea17c78370026d73020b4195ed86",
                "interventions.csv", "cf2b5bf339c735260edb57e4fd3559811a414b0fe0c6bbb374297857b7faacf4",
                "tickets.csv", "c6891321f9be6d8d663a9cc61976690b7b3cc9430fb91a699ae92421f02eeb95"));
    }

    /** About one ticket per three interventions, each of them reported before its customer's work on it. */
    @ParameterizedTest
    @EnumSource(Profile.class)
    void theTicketsAreThoseOfTheWork(Profile profile, @TempDir Path folder) throws IOException {
        SyntheticMonth.write(folder, 300, 6000, OCTOBER, 2, profile);

        List<String[]> tickets = rows(folder.resolve("tickets.csv"));
        assertThat(tickets.size()).isBetween(1800, 2200);
        Map<String, LocalDateTime> firstWork = new HashMap<>();
        for (String[] row : rows(folder.resolve("interventions.csv"))) {
            firstWork.putIfAbsent(row[1] + ' ' + row[2], LocalDateTime.parse(row[4]));
        }
        long beforeTheirWork = tickets.stream().filter(t -> {
            LocalDateTime work = firstWork.get(t[1] + ' ' + t[0]);
            return work != null && t[2].contains("T") && !LocalDateTime.parse(t[2]).isAfter(work);
        }).count();
        assertThat(beforeTheirWork).isGreaterThan(tickets.size() * 95L / 100);
        assertThat(tickets).filteredOn(t -> t[3].isEmpty()).size().isGreaterThan(tickets.size() / 50);
        assertThat(tickets).filteredOn(t -> t[0].startsWith("T-E")).isNotEmpty()
                .allSatisfy(t -> assertThat(t[2]).startsWith("2026-10-31T"));
    }

    /** Some customers are managed, at their own fee (some rows spelt in French), some pay a negotiated fee. */
    @ParameterizedTest
    @EnumSource(Profile.class)
    void someContractsAreManagedOrNegotiated(Profile profile, @TempDir Path folder) throws IOException {
        SyntheticMonth.write(folder, 2000, 100, OCTOBER, 3, profile);

        List<String[]> contracts = rows(folder.resolve("contracts.csv"));
        assertThat(contracts).allSatisfy(c -> assertThat(c).hasSizeBetween(6, 7)); // a quoted "12,50" is bad
        assertThat(contracts).filteredOn(c -> c[2].equals("Gestion")).isNotEmpty();
        long managed = contracts.stream().filter(c -> c[2].equals("MANAGED") || c[2].equals("Gestion")).count();
        long negotiated = contracts.stream().filter(c -> !c[2].equals("MANAGED") && !c[2].equals("Gestion")
                && c[5].matches("\\d+\\.\\d\\d")).count();
        assertThat(managed).isBetween(contracts.size() / 40L, contracts.size() / 10L);
        assertThat(negotiated).isBetween(contracts.size() / 40L, contracts.size() / 10L);
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
