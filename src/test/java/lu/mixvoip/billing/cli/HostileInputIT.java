package lu.mixvoip.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;

/**
 * The job tried as a hostile user would: names in every script, fields longer than anything a store column holds,
 * a field of megabytes, broken quoting, control characters, a tariff with a key given twice, bad settings. Every
 * name prints, no valid row fails an insert, nothing hangs, and every error is one line naming what to fix.
 */
class HostileInputIT {
    @TempDir
    Path work;
    Path input;

    @BeforeEach
    void copyTheAcceptanceCase() {
        input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), work.resolve("in"));
    }

    @Test
    void namesInLatinExtendedGreekAndCyrillicPrintOnTheInvoice() throws IOException {
        Fixtures.edit(input.resolve("customers.csv"), text -> text
                + "P1,Łódź Spółka z o.o.,ul. Piotrkowska 12,90-001,Łódź,PL,,biuro@lodz.example,en,3\n"
                + "P2,Křižík a syn s.r.o.,Václavské náměstí 1,110 00,Praha,CZ,,info@krizik.example,de,3\n"
                + "P3,Παπαδόπουλος Α.Ε.,Οδός Ερμού 5,105 63,Αθήνα,GR,,info@athens.example,en,3\n"
                + "P4,Иванов и партнёры,ул. Тверская 7,125009,Москва,RU,,office@moscow.example,en,\n"
                + "P5,Cafe\u0301 de la Gare,1 place de la Gare,L-1616,Luxembourg,LU,,cafe@gare.example,fr,1\n");
        Fixtures.edit(input.resolve("contracts.csv"), text -> text + "KP1,P1,STANDARD,2026-01-01,\n"
                + "KP2,P2,STANDARD,2026-01-01,\nKP3,P3,STANDARD,2026-01-01,\nKP4,P4,STANDARD,2026-01-01,\n"
                + "KP5,P5,STANDARD,2026-01-01,\n");

        Result result = billOctober();

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        String text = String.join("\n", Stream.of("09", "10", "11", "12", "13").map(n -> Fixtures.pdfText(
                work.resolve("out/2026-10/invoices/INV-2026-0000" + n + ".pdf"))).toList());
        assertThat(text).contains("Łódź Spółka z o.o.", "Křižík a syn s.r.o.", "Παπαδόπουλος Α.Ε.",
                "Иванов и партнёры", "Москва", "Café de la Gare");
    }

    @Test
    void fieldsLongerThanTheirBoundAreRejectedNamingTheFieldAndTheRestIsBilled() throws IOException {
        Fixtures.edit(input.resolve("customers.csv"), text -> text
                + "L1," + "N".repeat(10_000) + ",1 rue,L-1111,Luxembourg,LU,,l1@example.com,fr,1\n"
                + "L2,Long Postal Code,1 rue," + "9".repeat(200) + ",Luxembourg,LU,,l2@example.com,fr,1\n"
                + "L3," + "M".repeat(100_000) + ",1 rue,L-1111,Luxembourg,LU,,l3@example.com,fr,1\n");
        Fixtures.edit(input.resolve("interventions.csv"), text -> text
                + "IL1,C001,T-L1,jdoe,2026-10-08T10:00,2026-10-08T10:30,REMOTE,TECHNICIAN," + "d".repeat(2001) + "\n");

        Result result = billOctober();

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        String rejects = Files.readString(work.resolve("out/2026-10/rejects.csv"));
        assertThat(rejects).contains("customers.csv,11,L1,\"name is 10,000 characters long, longer than its 200\"",
                "customers.csv,12,L2,\"postal_code is 200 characters long, longer than its 20\"",
                "customers.csv,13,L3,\"name is 100,000 characters long, longer than its 200\"",
                "interventions.csv,25,IL1,\"description is 2,001 characters long, longer than its 2000\"");
        assertThat(Files.readAllBytes(work.resolve("out/2026-10/summary.csv")))
                .isEqualTo(Files.readAllBytes(Fixtures.acceptanceCase("basic-2026-10").resolve("expected-summary.csv")));
    }

    @Test
    void aFieldOfTenMegabytesStopsTheRunAtOnceNamingFileAndLine() throws IOException {
        Files.writeString(input.resolve("interventions.csv"), "\nIX,C001,T,jdoe,2026-10-08T10:00,2026-10-08T10:30,"
                + "REMOTE,TECHNICIAN," + "x".repeat(10 << 20) + "\n", java.nio.file.StandardOpenOption.APPEND);

        Result result = billOctober();

        assertThat(result.exitCode()).as(result.out()).isEqualTo(2);
        assertThat(result.err()).contains("interventions.csv: line 26: the record starting on this line is longer"
                + " than 1,048,576 characters", "nothing was billed");
        assertThat(work.resolve("out/2026-10/summary.csv")).doesNotExist();
    }

    @Test
    void anUnterminatedQuoteIsExitTwoNamingFileAndLineEveryTimeUntilFixed() throws IOException {
        Fixtures.edit(input.resolve("contracts.csv"), text -> text.replace("K004,C003,OFFICE,2026-10-11,",
                "K004,\"C003,OFFICE,2026-10-11,"));

        Result first = billOctober();
        Result again = billOctober();

        for (Result result : List.of(first, again)) {
            assertThat(result.exitCode()).as(result.out()).isEqualTo(2);
            assertThat(result.err()).contains("contracts.csv: line 5: a quoted field is never closed")
                    .doesNotContain("\tat ");
        }
        Fixtures.edit(input.resolve("contracts.csv"), text -> text.replace("K004,\"C003", "K004,C003"));
        assertThat(billOctober().exitCode()).isEqualTo(3);
        assertThat(work.resolve("out/2026-10/summary.csv")).hasSameTextualContentAs(
                Fixtures.acceptanceCase("basic-2026-10").resolve("expected-summary.csv"));
    }

    @Test
    void controlCharactersAreRefusedAndNeverCopiedIntoTheReports() throws IOException {
        Fixtures.edit(input.resolve("customers.csv"), text -> text
                + "N1,Nul\u0000Byte,1 rue,L-1111,Luxembourg,LU,,n1@example.com,fr,1\n");
        Fixtures.edit(input.resolve("contracts.csv"), text -> text + "KN1,N1,STANDARD,2026-01-01,\n");
        Fixtures.edit(input.resolve("interventions.csv"), text -> text
                + "IN1,C001,T-\u0007,jdoe,2026-10-08T10:00,2026-10-08T10:30,REMOTE,TECHNICIAN,Bell\n"
                + "IN2,C001,T-2,jdoe,2026-10-09T10:00,2026-10-09T10:30,REMOTE,TECHNICIAN,\"Two\tlines\r\nallowed\"\n");

        Result result = billOctober();

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        String rejects = Files.readString(work.resolve("out/2026-10/rejects.csv"));
        assertThat(rejects).contains("customers.csv,11,N1,name holds the control character U+0000 at character 4",
                "interventions.csv,25,IN1,ticket holds the control character U+0007 at character 3");
        try (Stream<Path> files = Files.walk(work.resolve("out"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).as(file.toString())
                        .doesNotContain("\u0000", "\u0007");
            }
        }
        assertThat(Files.readString(work.resolve("out/2026-10/summary.csv"))).contains("C001,Boulangerie Schmit");
    }

    @Test
    void aTariffWithAKeyGivenTwiceIsRefused() throws IOException {
        String card = new String(getClass().getResourceAsStream("/tariff.yml").readAllBytes(), StandardCharsets.UTF_8);
        Path tariff = work.resolve("tariff.yml");
        Files.writeString(tariff, card.replace("      STANDARD: 58.00\n", "      STANDARD: 58.00\n      STANDARD: 1.00\n"));

        Result result = billOctober("--tariff=" + tariff);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("tariff.yml", "STANDARD").doesNotContain("\tat ");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void badSettingsAreExitTwoInOneLine() throws IOException {
        Path notAFolder = Files.writeString(work.resolve("data-is-a-file"), "");

        Result threads = billOctober("--billing.threads=abc");
        Result negative = billOctober("--billing.threads=-2");
        Result dataDir = BillingRunner.run("--month=2026-10", "--input=" + input, "--output=" + work.resolve("out"),
                "--data-dir=" + notAFolder.resolve("data"));
        Result month = BillingRunner.run("--month=9999-12", "--input=" + input, "--output=" + work.resolve("out"),
                "--data-dir=" + work.resolve("data"));
        Result issueDate = BillingRunner.run("--month=2026-10", "--issue-date=2026-10-15", "--input=" + input,
                "--output=" + work.resolve("out"), "--data-dir=" + work.resolve("data"));
        Result peppol = billOctober("--billing.seller.peppol-id=12:345");

        assertOneLineExitTwo(threads, "billing.threads", "abc");
        assertOneLineExitTwo(negative, "billing.threads must be 1 or more");
        assertOneLineExitTwo(dataDir, "cannot use the data directory", "data-is-a-file");
        assertOneLineExitTwo(month, "--month=9999-12 is outside the years 2000 to 9998");
        assertOneLineExitTwo(issueDate, "--issue-date=2026-10-15 is before the end of the billed month 2026-10");
        assertOneLineExitTwo(peppol, "billing", "Peppol");
        assertThat(work.resolve("out")).doesNotExist();
    }

    private static void assertOneLineExitTwo(Result result, String... mentions) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err().lines().findFirst().orElse("")).startsWith("support-billing: ").contains(mentions);
        assertThat(result.err()).doesNotContain("\tat ", "Exception");
    }

    private Result billOctober(String... extra) {
        return BillingRunner.bill(input, work, "2026-10", extra);
    }
}
