package lu.mixvoip.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;

/** The command line as cron and finance use it: options, exit codes 0-4, messages, nothing billed on bad input. */
class BillingCommandIT {
    @TempDir
    Path work;
    Path input;

    @BeforeEach
    void copyTheAcceptanceCase() {
        input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), work.resolve("in"));
    }

    @Test
    void helpListsOptionsAndExitCodes() {
        Result result = BillingRunner.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--month=YYYY-MM", "--tariff=FILE", "--data-dir=DIR", "Exit codes",
                "4  refused");
    }

    @Test
    void exitsZeroWhenNothingIsRejected() throws IOException {
        keepOnlyLines("contracts.csv", 1, 7);
        keepOnlyLines("interventions.csv", 1, 13);

        Result result = billOctober();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllLines(output("rejects.csv"))).containsExactly("file,line,record_id,reason");
        assertThat(result.out()).contains("invoices        7", "rejected rows   0");
    }

    @Test
    void exitsThreeWhenRowsAreRejectedAndReportsTheRun() {
        Result result = billOctober();

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).contains("Billed 2026-10.", "invoices        8",
                "4254.99 EUR excl. VAT, 4704.05 EUR incl. VAT", "14 billed, 2 skipped", "rejected rows   9");
        assertThat(output("invoices/INV-2026-000008.pdf")).exists();
    }

    @Test
    void billsThePreviousMonthByDefault() {
        Result result = BillingRunner.run("--input=" + input, "--output=" + work.resolve("out"),
                "--data-dir=" + work.resolve("data"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(output("summary.csv")).exists();
    }

    @Test
    void unknownOptionIsRefusedWithExitTwo() {
        assertRefused(billOctober("--colour=blue"), "unknown option --colour");
    }

    @Test
    void badMonthIsRefusedWithExitTwo() {
        Result result = BillingRunner.run("--month=2026-13", "--input=" + input, "--output=" + work.resolve("out"),
                "--data-dir=" + work.resolve("data"));

        assertRefused(result, "--month=2026-13 is not a month YYYY-MM");
    }

    @Test
    void missingInputFileIsRefusedWithExitTwo() throws IOException {
        Files.delete(input.resolve("contracts.csv"));

        assertRefused(billOctober(), "contracts.csv: input file not found");
    }

    @Test
    void missingColumnIsRefusedNamingFileAndColumn() throws IOException {
        Path file = input.resolve("interventions.csv");
        List<String> lines = Files.readAllLines(file);
        lines.set(0, lines.get(0).replace("skill", "competence"));
        Files.write(file, lines);

        assertRefused(billOctober(), "interventions.csv: line 1: missing column 'skill'");
    }

    @Test
    void unreadableTariffIsRefusedNamingTheKey() throws IOException {
        Path tariff = work.resolve("tariff.yml");
        Files.writeString(tariff, """
                versions:
                  - effective-from: 2026-01-01
                    monthly-fees: { STANDARD: lots, OFFICE: 1.00, ENTERPRISE: 2.00 }
                """);

        assertRefused(billOctober("--tariff=" + tariff), "versions[0].monthly-fees.STANDARD: expected an amount");
    }

    @Test
    void missingTariffFileIsRefused() {
        assertRefused(billOctober("--tariff=" + work.resolve("nope.yml")), "nope.yml does not exist");
    }

    @Test
    void aFailedRunResumesWhenTheSameCommandIsRunAgain() throws IOException {
        // Something in the way of the invoices folder makes the render step fail after numbering.
        Files.createDirectories(work.resolve("out/2026-10"));
        Files.writeString(work.resolve("out/2026-10/invoices"), "not a folder");

        Result failed = billOctober();

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("run the same command again to resume");
        Files.delete(work.resolve("out/2026-10/invoices"));

        Result resumed = billOctober();

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        assertThat(output("summary.csv")).hasSameTextualContentAs(expected("expected-summary.csv"));
        // Invoices 1 and 7 go to customers with an electronic address: their e-invoice is written beside the PDF.
        try (var documents = Files.list(output("invoices"))) {
            assertThat(documents.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "INV-2026-000001.pdf", "INV-2026-000001.xml", "INV-2026-000002.pdf", "INV-2026-000003.pdf",
                    "INV-2026-000004.pdf", "INV-2026-000005.pdf", "INV-2026-000006.pdf", "INV-2026-000007.pdf",
                    "INV-2026-000007.xml", "INV-2026-000008.pdf");
        }
    }

    @Test
    void aCompletedMonthIsNotBilledTwice() throws IOException {
        assertThat(billOctober().exitCode()).isEqualTo(3);
        byte[] summary = Files.readAllBytes(output("summary.csv"));
        var modified = Files.getLastModifiedTime(output("invoices/INV-2026-000001.pdf"));

        Result again = billOctober();

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("2026-10 is already billed and the data gives the same invoices:"
                + " nothing changed (8 invoices in force");
        assertThat(Files.readAllBytes(output("summary.csv"))).isEqualTo(summary);
        assertThat(Files.getLastModifiedTime(output("invoices/INV-2026-000001.pdf"))).isEqualTo(modified);
    }

    private Result billOctober(String... extra) {
        return BillingRunner.bill(input, work, "2026-10", extra);
    }

    private void assertRefused(Result result, String message) {
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(message).contains("Nothing was billed").doesNotContain("Exception");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(work.resolve("data")).doesNotExist();
    }

    private Path output(String name) {
        return work.resolve("out/2026-10").resolve(name);
    }

    private static Path expected(String name) {
        return Fixtures.acceptanceCase("basic-2026-10").resolve(name);
    }

    private void keepOnlyLines(String file, int from, int to) throws IOException {
        Path path = input.resolve(file);
        Files.write(path, Files.readAllLines(path).subList(from - 1, to));
    }
}
