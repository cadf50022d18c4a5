package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.issue.MonthPreview;

/**
 * What an unlucky operator does to a billed month: loses or replaces the store, deletes outputs, resumes into another
 * folder. Issued documents are never overwritten, and what is missing comes back from the store.
 */
class LostStateIT {
    private static final Path CASE = Fixtures.acceptanceCase("basic-2026-10");

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Store.class)
    void aLostOrReplacedStoreNeverIssuesNumbersOverIssuedDocuments(Store kind) throws IOException {
        List<String> store = kind.options(work);
        // contracts.csv lines 8 and 9 (an unknown customer, an unknown tier) are refused whatever the month
        assertThat(bill(store, "2026-09").exitCode()).isEqualTo(3);
        assertThat(bill(store, "2026-10").exitCode()).isEqualTo(3);
        Map<String, String> issued = Fixtures.hashes(work.resolve("out"));

        // The store is lost (H2: its file deleted) or replaced (PostgreSQL: an empty database).
        List<String> newStore = kind == Store.H2 ? store : kind.options(work.resolve("replaced"));
        if (kind == Store.H2) {
            Files.delete(work.resolve("data/billing.mv.db"));
        }
        Result october = bill(newStore, "2026-10");
        Result november = bill(newStore, "2026-11");

        for (Result refused : List.of(october, november)) {
            assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(4);
            assertThat(refused.err()).contains("is a document this store never issued",
                    "the store does not match the output folder", "Restore the store from its backup",
                    "another --output", "Nothing was done");
        }
        assertThat(Fixtures.hashes(work.resolve("out"))).isEqualTo(issued);
    }

    @Test
    void aStoreFileEmptiedIsRefusedInOneLineAndChangesNothing() throws IOException {
        List<String> store = Store.H2.options(work);
        assertThat(bill(store, "2026-10").exitCode()).isEqualTo(3);
        Map<String, String> issued = Fixtures.hashes(work.resolve("out"));
        Files.write(work.resolve("data/billing.mv.db"), new byte[0]);

        Result again = bill(store, "2026-10");

        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(4);
        // README: a store emptied is refused (exit 4), as one lost or replaced: the file opens as an empty store.
        assertThat(again.err()).doesNotContain("null", "\tat ").contains("is a document this store never issued",
                "the store does not match the output folder");
        assertThat(again.err().strip()).doesNotContain("\n");
        assertThat(Fixtures.hashes(work.resolve("out"))).isEqualTo(issued);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void deletedOutputsAreRestoredByTheNextRunByteForByte(Store kind) throws IOException {
        List<String> store = kind.options(work);
        assertThat(bill(store, "2026-10", EInvoicesIT.SELLER.toArray(String[]::new)).exitCode()).isEqualTo(3);
        Path month = work.resolve("out/2026-10");
        Map<String, String> issued = Fixtures.hashes(month);
        for (String file : List.of("invoices/INV-2026-000003.pdf", "invoices/INV-2026-000007.xml", "summary.csv",
                "rejects.csv")) {
            Files.delete(month.resolve(file));
        }

        Result again = bill(store, "2026-10", EInvoicesIT.SELLER.toArray(String[]::new));

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("nothing changed", "Restored 4 missing files from the store");
        assertThat(Fixtures.hashes(month)).isEqualTo(issued);
    }

    @Test
    void aResumeWritesToTheOutputItIsGivenAndReportsWhatItsLoadSkipped() throws IOException {
        List<String> store = Store.H2.options(work);
        Result failed = bill(store, "2026-10", "--billing.fault-injection=issue:3");
        assertThat(failed.exitCode()).isEqualTo(1);

        Path elsewhere = work.resolve("elsewhere");
        List<String> args = new ArrayList<>(List.of("--month=2026-10", "--input=" + CASE, "--output=" + elsewhere));
        args.addAll(store);
        Result resumed = BillingRunner.run(args.toArray(String[]::new));

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        assertThat(resumed.out()).contains("into " + elsewhere.resolve("2026-10"), "14 billed, 2 skipped");
        assertThat(elsewhere.resolve("2026-10/summary.csv")).hasSameTextualContentAs(
                CASE.resolve("expected-summary.csv"));
        try (var pdfs = Files.list(elsewhere.resolve("2026-10/invoices"))) {
            assertThat(pdfs.filter(p -> p.toString().endsWith(".pdf")).count()).isEqualTo(8);
        }
    }

    @Test
    void aFileAboutToBeWrittenThatExistsWithOtherContentStopsTheRunWithExitFour() throws IOException {
        List<String> store = Store.H2.options(work);
        // C001's e-invoice, left in the folder by someone else; the folder check reads PDFs only, so the run numbers
        // INV-2026-000001 and then finds its file taken.
        Path planted = work.resolve("out/2026-10/invoices/INV-2026-000001.xml");
        Files.createDirectories(planted.getParent());
        Files.writeString(planted, "not the e-invoice this run issues");

        Result refused = bill(store, "2026-10", EInvoicesIT.SELLER.toArray(String[]::new));

        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(4);
        assertThat(refused.err()).contains("refused: " + planted + " already exists with other content");
        assertThat(planted).hasContent("not the e-invoice this run issues");
    }

    @Test
    void aResumedRunKeepsTheIssueDateItStartedWithWhenTheCommandGivesNone() throws IOException {
        List<String> store = Store.H2.options(work);
        Result failed = bill(store, "2026-10", "--issue-date=2026-11-05", "--billing.fault-injection=issue:1");
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(1);

        Result resumed = bill(store, "2026-10");

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        // Without the first run's date, the documents would be dated 1 November (the default) and due 1 December.
        JdbcTemplate jdbc = new JdbcTemplate(Store.dataSourceOf(store));
        assertThat(jdbc.queryForList("SELECT DISTINCT CAST(issue_date AS VARCHAR(10)) || ' ' || CAST(due_date AS"
                + " VARCHAR(10)) FROM document", String.class)).containsExactly("2026-11-05 2026-12-05");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document", Integer.class)).isEqualTo(8);
        // C001 is billed in French: dates as DD/MM/YYYY.
        assertThat(Fixtures.pdfText(work.resolve("out/2026-10/invoices/INV-2026-000001.pdf")))
                .contains("05/11/2026", "05/12/2026").doesNotContain("01/11/2026");
    }

    @Test
    void temporaryFilesLeftInAnyFolderOfTheMonthAreRemoved() throws IOException {
        List<String> store = Store.H2.options(work);
        for (String leftover : List.of("invoices/.INV-2026-000099.pdf.partial",
                "credit-notes/.CN-2026-000099.pdf.partial", ".summary.csv.partial")) {
            Path file = work.resolve("out/2026-10").resolve(leftover);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "half a file");
        }

        assertThat(bill(store, "2026-10").exitCode()).isEqualTo(3);

        try (var files = Files.walk(work.resolve("out/2026-10"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".partial"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void anInputErrorFoundWhileComparingABilledMonthIsExitTwo(Store kind) throws IOException {
        Path input = Fixtures.copyOfInputs(CASE, work.resolve("in"));
        List<String> store = kind.options(work);
        assertThat(BillingRunner.bill(store, input, work, "2026-10").exitCode()).isEqualTo(3);
        Files.write(input.resolve("interventions.csv"), "\nI099,C001,T,jdoe,2026-10-05T10:00,2026-10-05T10:30,REMOTE,"
                .concat("TECHNICIAN,caf").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        Files.write(input.resolve("interventions.csv"), new byte[] {(byte) 0xE9, '\n'},
                java.nio.file.StandardOpenOption.APPEND);

        for (String mode : List.of("--rebill", "--dry-run")) {
            Result result = BillingRunner.bill(store, input, work, "2026-10", mode);

            assertThat(result.exitCode()).as(mode + result.err()).isEqualTo(2);
            assertThat(result.err()).contains("interventions.csv: line 26: not UTF-8 text");
        }
    }

    /**
     * A billing stopped by bad input stored no document: once the input is fixed, a preview shows the month from
     * where it was (it is not refused as the preview of an unfinished run), and the same command then completes it.
     */
    @ParameterizedTest
    @EnumSource(Store.class)
    void aPreviewAfterARunStoppedByBadInputShowsTheMonth(Store kind) throws IOException {
        Path input = Fixtures.copyOfInputs(CASE, work.resolve("in"));
        List<String> store = kind.options(work);
        Path interventions = input.resolve("interventions.csv");
        byte[] good = Files.readAllBytes(interventions);
        Files.write(interventions, new byte[] {(byte) 0xE9, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Result stopped = BillingRunner.bill(store, input, work, "2026-10");
        assertThat(stopped.exitCode()).as(stopped.err()).isEqualTo(2);
        assertThat(stopped.err()).contains("interventions.csv: line 25: not UTF-8 text");
        Files.write(interventions, good);

        Result preview = BillingRunner.bill(store, input, work, "2026-10", "--dry-run");

        assertThat(preview.exitCode()).as(preview.err()).isEqualTo(3);
        assertThat(preview.out()).contains("Preview of billing 2026-10", "0 customers would get a changed invoice,"
                + " 8 a new invoice, 0 would lose their invoice; 0 unchanged");
        Result completed = BillingRunner.bill(store, input, work, "2026-10");
        assertThat(completed.exitCode()).as(completed.err()).isEqualTo(3);
        assertThat(completed.out()).contains("Resuming execution", "Billed 2026-10.");
        assertThat(work.resolve("out/2026-10/" + MonthPreview.FOLDER)).doesNotExist();
    }

    private Result bill(List<String> store, String month, String... extra) {
        return BillingRunner.run(arguments(store, month, extra));
    }

    private String[] arguments(List<String> store, String month, String... extra) {
        List<String> args = new ArrayList<>(List.of("--month=" + month, "--input=" + CASE,
                "--output=" + work.resolve("out")));
        args.addAll(store);
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }
}
