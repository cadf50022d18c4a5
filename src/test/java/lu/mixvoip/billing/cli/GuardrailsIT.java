package lu.mixvoip.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.opencsv.CSVReaderHeaderAware;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;

/**
 * The operator's guardrails (issue 24): every setting is known and checked, no placeholder or blank seller detail
 * reaches a numbered document, numbers rise with dates, and nothing that passes the checks can wedge a month.
 * Each refusal is exit 2 with one line, and nothing is billed.
 */
class GuardrailsIT {
    private static final Path DEMO_SELLER = Path.of("sample-data/demo-seller.yml").toAbsolutePath();

    @TempDir
    Path work;

    private Path basic() {
        Path input = work.resolve("in");
        return Files.isDirectory(input) ? input
                : Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), input);
    }

    private static void refusedBeforeBilling(Result result, Path work, String message) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err().lines().findFirst().orElse("")).isEqualTo("support-billing: " + message);
        assertThat(result.err()).doesNotContain("\tat ");
        assertThat(work.resolve("out/2026-10/invoices")).doesNotExist();
    }

    @Test
    void aMisspeltSettingStopsTheRunNamingTheNearestKey() {
        Result result = BillingRunner.bill(basic(), work, "2026-10", "--billing.sellr.iban=LU28");
        refusedBeforeBilling(result, work, "unknown setting billing.sellr.iban (on the command line): did you mean"
                + " billing.seller.iban?");
    }

    @Test
    void aTypoWithoutMonthDoesNotBillThePreviousMonth() {
        Result result = BillingRunner.run("--input=" + basic(), "--output=" + work.resolve("out"),
                "--data-dir=" + work.resolve("data"), "--billing.chunk-sise=5");
        refusedBeforeBilling(result, work, "unknown setting billing.chunk-sise (on the command line): did you mean"
                + " billing.chunk-size?");
    }

    @Test
    void aSellerWithoutVatNumberIbanOrBicIssuesNothingAndListsTheKeys() {
        for (List<String> run : List.of(List.<String>of(), List.of("--dry-run"))) {
            List<String> args = new ArrayList<>(List.of("--billing.seller.vat-number=", "--billing.seller.iban=",
                    "--billing.seller.bic="));
            args.addAll(run);
            Result result = BillingRunner.bill(basic(), work, "2026-10", args.toArray(String[]::new));
            refusedBeforeBilling(result, work, "the seller's details are not complete for a legal document; set"
                    + " billing.seller.vat-number (not set), billing.seller.iban (not set), billing.seller.bic (not"
                    + " set). Keep them in config/application.yml in the directory you run the command from (see"
                    + " README, Configuration); the demo's are in sample-data/demo-seller.yml"
                    + " (--spring.config.additional-location=sample-data/demo-seller.yml)");
            assertThat(work.resolve("out/2026-10/preview")).doesNotExist();
        }
    }

    @Test
    void aSellerDetailThatIsNotOneIsRefusedAsItIsGiven() {
        refusedBeforeBilling(BillingRunner.bill(basic(), work, "2026-10", "--billing.seller.iban=LU28"), work,
                "bad configuration: billing.seller.iban: 'LU28' is not an IBAN (two letters, two check digits and 11"
                        + " to 30 letters or digits, such as LU28 0019 4006 4475 0000)");
        refusedBeforeBilling(BillingRunner.bill(basic(), work, "2026-10", "--billing.seller.bic=XX1"), work,
                "bad configuration: billing.seller.bic: 'XX1' is not a BIC (ISO 9362: 4 letters for the bank, 2 for"
                        + " the country, 2 letters or digits for the location and an optional 3 for the branch, such"
                        + " as BCEELULL)");
        refusedBeforeBilling(BillingRunner.bill(basic(), work, "2026-10", "--billing.seller.vat-number=LU12345678"),
                work, "bad configuration: billing.seller.vat-number: 'LU12345678' fails its check digits: a digit is"
                        + " mistyped");
        refusedBeforeBilling(BillingRunner.bill(basic(), work, "2026-10", "--billing.seller.email=billing"), work,
                "bad configuration: billing.seller.email: 'billing' is not an e-mail address (such as"
                        + " billing@example.lu)");
        refusedBeforeBilling(BillingRunner.bill(basic(), work, "2026-10", "--billing.seller.payment-days=400"), work,
                "bad configuration: billing.seller.payment-days: 400 is not a payment term of 0 to 365 days");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void anIssueDateBeforeTheLatestOfItsSequenceIsRefused(Store kind) throws IOException {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("managed-sla-2026-11"), work.resolve("in"));
        Files.writeString(input.resolve("contracts.csv"), Files.readString(input.resolve("contracts.csv"))
                .replace("2026-11-01", "2026-10-01").replace("2026-11-16", "2026-10-16"));
        List<String> store = kind.options(work);
        assertThat(BillingRunner.bill(store, input, work, "2026-11").exitCode()).isEqualTo(3); // dated 2026-12-01

        Result october = BillingRunner.bill(store, input, work, "2026-10");  // would be dated 2026-11-01

        assertThat(october.exitCode()).as(october.out() + october.err()).isEqualTo(2);
        assertThat(october.err()).isEqualTo("refused: the documents would be dated 2026-11-01, before 2026-12-01, the"
                + " latest issue date of the 2026 invoices: numbers must rise with dates. Give"
                + " --issue-date=2026-12-01 or later (today, for instance). Nothing was billed.\n");
        assertThat(work.resolve("out/2026-10/invoices")).doesNotExist();
        Result dated = BillingRunner.bill(store, input, work, "2026-10", "--issue-date=2026-12-01");
        assertThat(dated.exitCode()).as(dated.out() + dated.err()).isEqualTo(3); // M07's contracts are rejected
    }

    @Test
    void pathsAndDatesThatCannotBeStoredAreRefusedBeforeAnythingStarts() {
        String longPath = work + "/d".repeat(1100);
        Result path = BillingRunner.run("--month=2026-10", "--input=" + basic(), "--output=" + longPath,
                "--data-dir=" + work.resolve("data"));
        assertThat(path.exitCode()).isEqualTo(2);
        assertThat(path.err()).startsWith("support-billing: --output is a path of ").contains("at most 2000");

        Result date = BillingRunner.bill(basic(), work, "2026-10", "--issue-date=9999-01-01");
        refusedBeforeBilling(date, work, "--issue-date=9999-01-01 is outside the years 2000 to 9998");
        assertThat(BillingRunner.bill(basic(), work, "2026-10", "--issue-date=+10000-01-01").err())
                .startsWith("support-billing: --issue-date=+10000-01-01 is outside the years 2000 to 9998");
    }

    @Test
    void aHugeOrInsaneTariffIsRefusedAtOnce() throws IOException {
        Path huge = work.resolve("huge.yml");
        Files.writeString(huge, "#" + "x".repeat(2 << 20) + "\n");
        Result big = BillingRunner.bill(basic(), work, "2026-10", "--tariff=" + huge);
        refusedBeforeBilling(big, work, "tariff file " + huge + " is " + Files.size(huge) + " bytes: a tariff card is"
                + " at most 1048576 bytes (1 MiB)");

        Path insane = work.resolve("insane.yml");
        Files.writeString(insane, Files.readString(Path.of("src/main/resources/tariff.yml"))
                .replace("CABLING: 95.00", "CABLING: 1e400"));
        Result rate = BillingRunner.bill(basic(), work, "2026-10", "--tariff=" + insane);
        assertThat(rate.exitCode()).isEqualTo(2);
        assertThat(rate.err()).contains("CABLING").contains("got '1e400'");
    }

    @Test
    void aFeeOfTenMillionOrMoreIsARejectedRowAndTheMonthIsBilled() throws IOException {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("managed-sla-2026-11"), work.resolve("in"));
        Files.writeString(input.resolve("contracts.csv"), Files.readString(input.resolve("contracts.csv"))
                .replace(",1450.00", ",9999999999.99"));

        Result first = BillingRunner.bill(input, work, "2026-11");
        assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(3);
        assertThat(Files.readString(work.resolve("out/2026-11/rejects.csv")))
                .contains("monthly_fee '9999999999.99' is not a plain amount (expected below ten million");
        assertThat(BillingRunner.bill(input, work, "2026-11").exitCode()).as("no wedge: a re-run changes nothing")
                .isEqualTo(0);
    }

    @Test
    void countriesAreAssignedIsoCodes() throws IOException {
        Path input = basic();
        Fixtures.edit(input.resolve("customers.csv"), text -> text.replace(",DE,", ",EL,"));
        Result result = BillingRunner.bill(input, work, "2026-10");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(Files.readString(work.resolve("out/2026-10/rejects.csv")))
                .contains("country 'EL' is not an assigned ISO 3166-1 code such as LU (Greece is GR; EL is its VAT"
                        + " prefix)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "n/a", "-"})
    void aVatNumberThatIsAWordIsARejectedRow(String word) throws IOException {
        Path input = basic();
        Fixtures.edit(input.resolve("customers.csv"), text -> text.replace("BE0123456789", word));
        BillingRunner.bill(input, work, "2026-10");
        assertThat(Files.readString(work.resolve("out/2026-10/rejects.csv"))).contains("vat_number '" + word
                + "' is not a VAT number (leave it blank when the customer has none)");
    }

    @Test
    void aVatNumberThatFailsItsCheckDigitsIsNamedInTheReportAndBilledAsGiven() {
        Result result = BillingRunner.bill(basic(), work, "2026-10");
        assertThat(result.exitCode()).isEqualTo(3);
        // By hand: 123456 mod 89 = 13, not 78; 97 - 01234567 mod 97 = 49, not 89; 876543 mod 89 = 71, not 21.
        assertThat(result.out()).contains("  note            3 customers with a VAT number that fails its check"
                + " digits, billed as given; have it corrected: C001 (LU12345678), C002 (BE0123456789), C007"
                + " (LU87654321)\n");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aResumeNoticesCorrectedInputAndBillsIt(Store kind) throws IOException {
        Path input = basic();
        List<String> store = kind.options(work);
        Result failed = BillingRunner.bill(store, input, work, "2026-10", "--billing.fault-injection=issue:1");
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
        Fixtures.edit(input.resolve("customers.csv"), text -> text.replace("Boulangerie Schmit", "Boulangerie Schmitt"));

        Result resumed = BillingRunner.bill(store, input, work, "2026-10");

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(3);
        assertThat(resumed.out()).contains("Resuming ").contains("  note            the input changed after the"
                + " interrupted run: the month was read again from the current input (nothing of it had been"
                + " issued)");
        assertThat(Files.readString(work.resolve("out/2026-10/summary.csv"))).contains("Boulangerie Schmitt")
                .doesNotContain("Boulangerie Schmit,");
        Result again = BillingRunner.bill(store, input, work, "2026-10");
        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(0);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aResumeFromTheDatabaseNoticesRowsCorrectedSinceAndBillsThem(Store kind) throws IOException {
        Path input = basic();
        List<String> store = kind.options(work);
        assertThat(importInto(store, input).exitCode()).isEqualTo(3); // the case's refused rows
        Result failed = BillingRunner.bill(store, input, work, "2026-10", "--source=db",
                "--billing.fault-injection=issue:1");
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
        Fixtures.edit(input.resolve("customers.csv"), text -> text.replace("Boulangerie Schmit", "Boulangerie Schmitt"));
        assertThat(importInto(store, input).exitCode()).isEqualTo(3);

        Result resumed = BillingRunner.bill(store, input, work, "2026-10", "--source=db");

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(3);
        assertThat(resumed.out()).contains("  note            the input changed after the interrupted run: the month"
                + " was read again from the current input (nothing of it had been issued)");
        assertThat(Files.readString(work.resolve("out/2026-10/summary.csv"))).contains("Boulangerie Schmitt")
                .doesNotContain("Boulangerie Schmit,");
    }

    @Test
    void aResumeOfUnchangedInputKeepsTheStagedRowsAndSaysNothingOfIt() {
        Path input = basic();
        Result failed = BillingRunner.bill(input, work, "2026-10", "--billing.fault-injection=issue:1");
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);

        Result resumed = BillingRunner.bill(input, work, "2026-10");

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(3);
        assertThat(resumed.out()).contains("Resuming ").doesNotContain("the input changed")
                .doesNotContainPattern("load +\\d+ rows"); // the load step kept what it had staged
    }

    @Test
    void aMonthBilledLongAfterItsEndSaysHowItsDocumentsAreDated() throws IOException {
        Path input = basic();
        for (String file : List.of("contracts.csv", "interventions.csv")) {
            Fixtures.edit(input.resolve(file), text -> text.replace("2026-", "2025-"));
        }
        Result result = BillingRunner.bill(input, work, "2025-10");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
        assertThat(result.out()).containsPattern("  note            the documents are dated 2025-11-01, [0-9,]+ days"
                + " before today \\(by default a month's invoices are dated the day after it\\): --issue-date dates a"
                + " late billing otherwise\n");
    }

    private Result importInto(List<String> store, Path input) {
        List<String> args = new ArrayList<>(List.of("import", "--input=" + input, "--output=" + work.resolve("out")));
        args.addAll(store);
        return BillingRunner.run(args.toArray(String[]::new));
    }

    @Test
    void aWrongDatabasePasswordIsASetting() {
        // The embedded PostgreSQL trusts every local user: H2 checks the password its store was created with.
        assertThat(BillingRunner.bill(basic(), work, "2026-10").exitCode()).isEqualTo(3);
        Result result = BillingRunner.bill(basic(), work, "2026-10", "--spring.datasource.password=wrong");
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).startsWith("support-billing: the database refused the user name or password");
    }

    @Test
    void theDemoBillsWithItsFictitiousSellerNoPlaceholderAndAnEInvoiceForEveryEuVatNumber() throws IOException {
        Path demo = Path.of("sample-data").toAbsolutePath();
        Result result = BillingRunner.run("--month=2026-10", "--input=" + demo, "--output=" + work.resolve("out"),
                "--data-dir=" + work.resolve("data"), "--spring.config.additional-location=" + DEMO_SELLER);
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
        assertThat(result.out()).doesNotContain("check digits");

        Set<String> eu = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
                "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
        List<String> expected = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(demo.resolve("customers.csv"));
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(reader)) {
            for (var row = csv.readMap(); row != null; row = csv.readMap()) {
                if (!row.get("vat_number").isBlank() && eu.contains(row.get("country").toUpperCase(Locale.ROOT))) {
                    expected.add(row.get("customer_id"));
                }
            }
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(e);
        }
        List<String> summary = Files.readAllLines(work.resolve("out/2026-10/summary.csv"));
        try (Stream<Path> pdfs = Files.list(work.resolve("out/2026-10/invoices"))) {
            for (Path pdf : pdfs.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                String text = Fixtures.pdfText(pdf);
                assertThat(text).doesNotContainIgnoringCase("placeholder").contains("fictitious demo seller");
                String number = pdf.getFileName().toString().replace(".pdf", "");
                String customer = summary.stream().filter(l -> l.startsWith(number + ",")).findFirst().orElseThrow()
                        .split(",")[1];
                if (expected.contains(customer)) {
                    assertThat(pdf.resolveSibling(number + ".xml")).as(customer + " has an EU VAT number").exists();
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(20);
    }
}
