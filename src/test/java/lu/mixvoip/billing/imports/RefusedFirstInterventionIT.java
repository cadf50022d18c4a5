package lu.mixvoip.billing.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;

/**
 * billing-rules §15: a ticket's first intervention is the earliest row that passes the checks made before the month
 * filter, even one refused afterwards (here for its mode). The import refuses such a row but keeps its start, so
 * {@code --source=db} assesses the ticket as the CSV run does.
 */
class RefusedFirstInterventionIT {

    @ParameterizedTest
    @EnumSource(Store.class)
    void aRefusedRowStillStartsItsTicketFromEitherSource(Store store, @TempDir Path work) throws IOException {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("managed-sla-2026-11"), work.resolve("in"));
        Fixtures.edit(input.resolve("interventions.csv"), text -> text
                // line 9, before IM-06 (12:30) of the same ticket
                + "IM-08,M04,T-M04-1,lrossi,2026-11-01T08:00,2026-11-01T08:30,BICYCLE,ENGINEER,Vélo\n"
                // line 10, in December: skipped by the November run, yet the first intervention of T-M05-1
                + "IM-09,M05,T-M05-1,jdoe,2026-12-01T09:00,2026-12-01T10:00,BICYCLE,TECHNICIAN,Vélo\n");
        Path csvWork = work.resolve("csv");
        Path dbWork = work.resolve("db");
        List<String> db = store.options(dbWork);

        Result fromCsv = BillingRunner.bill(store.options(csvWork), input, csvWork, "2026-11");
        Result imported = importing(db, input, dbWork);
        Result fromDb = BillingRunner.bill(db, input, dbWork, "2026-11", "--source=db");

        assertThat(fromCsv.exitCode()).as(fromCsv.err()).isEqualTo(3);
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(3);
        assertThat(fromDb.exitCode()).as(fromDb.err()).isEqualTo(0);
        assertThat(Fixtures.rejectPairs(csvWork.resolve("out/2026-11/rejects.csv"))).containsExactlyInAnyOrder(
                "contracts.csv,8", "contracts.csv,9", "tickets.csv,10", "tickets.csv,11", "tickets.csv,12",
                "interventions.csv,9");
        // The import has no month: it refuses the December row too.
        assertThat(Fixtures.rejectPairs(dbWork.resolve("out/import-rejects.csv"))).containsExactlyInAnyOrder(
                "contracts.csv,8", "contracts.csv,9", "tickets.csv,10", "tickets.csv,11", "tickets.csv,12",
                "interventions.csv,9", "interventions.csv,10");
        Path expectedSla = Fixtures.acceptanceCase("managed-sla-2026-11").resolve("expected-sla.csv");
        List<String> sla = Files.readAllLines(expectedSla).stream().map(line -> switch (line.split(",")[0]) {
            // ENTERPRISE, Mon-Sun 07:00-19:00: reported Sun 06:00, first intervention 08:00 -> 07:00-08:00 = 60
            case "T-M04-1" -> "T-M04-1,M04,ENTERPRISE,2026-11-01T06:00,2026-11-01T11:00,240,180,breached,"
                    + "2026-11-01T08:00,60,360,met";
            // OFFICE, Mon-Fri 07:30-18:00: Fri 27 17:00-18:00 = 60, Mon 30 = 630, Tue 1 Dec 07:30-09:00 = 90: 780
            case "T-M05-1" -> "T-M05-1,M05,OFFICE,2026-11-27T17:00,,690,480,breached,2026-12-01T09:00,780,720,"
                    + "breached";
            default -> line;
        }).toList();
        assertThat(Files.readAllLines(csvWork.resolve("out/2026-11/sla.csv"))).isEqualTo(sla);
        for (String name : List.of("sla.csv", "summary.csv")) {
            assertThat(Files.readAllBytes(dbWork.resolve("out/2026-11").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(csvWork.resolve("out/2026-11").resolve(name)));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aRefusedRowImportedAgainCorrectedCountsAsItsNewSelf(Store store, @TempDir Path work) throws IOException {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("managed-sla-2026-11"), work.resolve("in"));
        Path interventions = input.resolve("interventions.csv");
        String asGiven = Files.readString(interventions);
        Files.writeString(interventions, asGiven
                + "IM-08,M04,T-M04-1,lrossi,2026-11-01T08:00,2026-11-01T08:30,BICYCLE,ENGINEER,Vélo\n");
        List<String> db = store.options(work);
        assertThat(importing(db, input, work).exitCode()).isEqualTo(3);
        // Corrected: the mode, and the start, which was mistyped too; now after IM-06 (12:30).
        Files.writeString(interventions, asGiven
                + "IM-08,M04,T-M04-1,lrossi,2026-11-01T14:00,2026-11-01T14:30,REMOTE,ENGINEER,Vélo\n");
        assertThat(importing(db, input, work).exitCode()).isEqualTo(3);

        Result fromDb = BillingRunner.bill(db, input, work, "2026-11", "--source=db");

        assertThat(fromDb.exitCode()).as(fromDb.err()).isEqualTo(0);
        // IM-06 at 12:30 is T-M04-1's first intervention again, as in the acceptance case.
        assertThat(work.resolve("out/2026-11/sla.csv")).hasSameTextualContentAs(Fixtures.acceptanceCase(
                "managed-sla-2026-11").resolve("expected-sla.csv"));
    }

    private static Result importing(List<String> db, Path input, Path work) {
        return BillingRunner.run(Stream.concat(Stream.of("import", "--input=" + input,
                "--output=" + work.resolve("out")), db.stream()).toArray(String[]::new));
    }
}
