package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;

/**
 * Finance corrects a billed month: issued invoices are never changed; a re-bill cancels each changed one with a
 * credit note and issues a new one. The acceptance month is billed, then corrected:
 * C001 gets one more intervention, C003's tier is corrected (ENTERPRISE from 11 Oct), C005 loses one of its three
 * interventions, C007's address is fixed, C008's only intervention is deleted, and C010 is a new customer.
 */
class RebillIT {
    private static final String ISSUED = "--issue-date=2026-11-20";

    @TempDir
    Path work;
    Path input;
    List<String> store;

    void billTheMonthOnce(Store kind) throws Exception {
        input = Fixtures.copyOfInputs(original(), work.resolve("in"));
        store = kind.options(work);
        assertThat(bill().exitCode()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theSameDataAgainChangesNothing(Store kind) throws Exception {
        billTheMonthOnce(kind);
        Map<String, FileTime> before = modificationTimes();
        Map<String, String> hashes = Fixtures.hashes(month());

        Result again = bill();
        Result rebill = bill("--rebill");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already billed and the data gives the same invoices: nothing changed");
        assertThat(rebill.exitCode()).isZero();
        assertThat(modificationTimes()).isEqualTo(before);
        assertThat(Fixtures.hashes(month())).isEqualTo(hashes);
    }

    /**
     * From another billing basis (the tariff named as a file), a re-bill is rated once, by the job, which reconciles
     * every customer with the invoice in force: it finds them all unchanged and issues nothing.
     */
    @ParameterizedTest
    @EnumSource(Store.class)
    void aRebillFromAnotherBasisGivingTheSameInvoicesIssuesNothing(Store kind) throws Exception {
        billTheMonthOnce(kind);
        List<String> documents = Store.documents(store);
        Map<String, String> hashes = Fixtures.hashes(month());
        Path tariff = Fixtures.defaultTariffAt(work.resolve("default-tariff.yml"));

        Result rebill = bill("--rebill", ISSUED, "--tariff=" + tariff);

        assertThat(rebill.exitCode()).as(rebill.err()).isEqualTo(3);
        assertThat(rebill.out()).contains("Re-billed 2026-10 (re-bill 1): the data gives the same invoices, nothing"
                + " was issued.", "invoices        8");
        assertThat(Store.documents(store)).isEqualTo(documents);
        assertThat(Fixtures.hashes(month())).isEqualTo(hashes);
    }

    /**
     * The stored content digest is only a shortcut: invoices without one (issued before it was kept) or with one that
     * no longer matches are compared line by line, and still found unchanged, or changed.
     */
    @ParameterizedTest
    @EnumSource(Store.class)
    void invoicesWithoutAMatchingDigestAreComparedLineByLine(Store kind) throws Exception {
        billTheMonthOnce(kind);
        JdbcTemplate jdbc = new JdbcTemplate(Store.dataSourceOf(store));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE document_type = 'INVOICE' AND"
                + " content_sha256 IS NOT NULL", Integer.class)).as("every invoice issued keeps its digest")
                .isEqualTo(8);
        jdbc.update("UPDATE document SET content_sha256 = NULL WHERE customer_id IN ('C001', 'C002')");
        jdbc.update("UPDATE document SET content_sha256 = ? WHERE customer_id = 'C003'", "0".repeat(64));

        Path tariff = Fixtures.defaultTariffAt(work.resolve("default-tariff.yml")); // another basis: compared
        Result again = bill("--tariff=" + tariff);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("nothing changed (8 invoices in force");

        correctTheMonth();
        Result refused = bill();
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains(
                "4 customers would get a changed invoice, 1 a new invoice, 1 would lose their invoice; 3 unchanged",
                "changed   C001         552.53 -> 582.95");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void changedDataWithoutRebillIsRefusedAndListsTheDifferences(Store kind) throws Exception {
        billTheMonthOnce(kind);
        correctTheMonth();
        Map<String, String> hashes = Fixtures.hashes(month());

        Result refused = bill();

        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains(
                "4 customers would get a changed invoice, 1 a new invoice, 1 would lose their invoice; 3 unchanged",
                "changed   C001         552.53 -> 582.95", "changed   C007         301.86 -> 301.86",
                "new       C010         none -> 63.18", "gone      C008         63.18 -> none",
                "--rebill", "--dry-run", "Nothing was written");
        assertThat(Fixtures.hashes(month())).isEqualTo(hashes);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aRebillCancelsChangedInvoicesWithCreditNotesAndIssuesNewOnes(Store kind) throws Exception {
        billTheMonthOnce(kind);
        Map<String, FileTime> firstRun = modificationTimes();
        correctTheMonth();

        Result rebill = bill("--rebill", ISSUED);

        assertThat(rebill.exitCode()).as(rebill.err()).isEqualTo(3);
        assertThat(rebill.out()).contains("Re-billed 2026-10 (re-bill 1): 5 credit notes, 5 new invoices.");
        // Credit notes and new invoices each numbered in ascending customer id, both sequences gapless.
        assertThat(Files.readAllLines(month().resolve("adjustments.csv"))).containsExactly(
                "document_number,type,customer_id,cancels,total_excl_vat,vat,total_incl_vat,rebill_run,issued_on",
                "CN-2026-000001,CREDIT_NOTE,C001,INV-2026-000001,-472.25,-80.28,-552.53,1,2026-11-20",
                "INV-2026-000009,INVOICE,C001,,498.25,84.70,582.95,1,2026-11-20",
                "CN-2026-000002,CREDIT_NOTE,C003,INV-2026-000003,-539.06,-91.64,-630.70,1,2026-11-20",
                "INV-2026-000010,INVOICE,C003,,577.00,98.09,675.09,1,2026-11-20",
                "CN-2026-000003,CREDIT_NOTE,C005,INV-2026-000005,-345.25,-58.69,-403.94,1,2026-11-20",
                "INV-2026-000011,INVOICE,C005,,313.00,53.21,366.21,1,2026-11-20",
                "CN-2026-000004,CREDIT_NOTE,C007,INV-2026-000007,-258.00,-43.86,-301.86,1,2026-11-20",
                "INV-2026-000012,INVOICE,C007,,258.00,43.86,301.86,1,2026-11-20",
                "CN-2026-000005,CREDIT_NOTE,C008,INV-2026-000008,-54.00,-9.18,-63.18,1,2026-11-20",
                "INV-2026-000013,INVOICE,C010,,54.00,9.18,63.18,1,2026-11-20");
        List<String> summary = Files.readAllLines(month().resolve("summary.csv"));
        assertThat(summary).extracting(l -> l.split(",")[0]).containsExactly("invoice_number",
                "INV-2026-000002", "INV-2026-000004", "INV-2026-000006", "INV-2026-000009", "INV-2026-000010",
                "INV-2026-000011", "INV-2026-000012", "INV-2026-000013");
        assertThat(summary.get(7)).startsWith("INV-2026-000012,C007,Fiduciaire Klein,LU,NONE,");
        // Issued PDFs are never rewritten or deleted; unchanged customers are not touched.
        Map<String, FileTime> now = modificationTimes();
        firstRun.forEach((file, time) -> {
            if (file.startsWith("invoices/")) {
                assertThat(now.get(file)).as(file).isEqualTo(time);
            }
        });
        assertThat(now).containsKeys("credit-notes/CN-2026-000001.pdf", "credit-notes/CN-2026-000005.pdf",
                "invoices/INV-2026-000013.pdf");
        assertThat(Fixtures.pdfText(month().resolve("credit-notes/CN-2026-000001.pdf")))
                .contains("CN-2026-000001", "INV-2026-000001", "-552,53");
        // The new invoice names the invoice it replaces and the credit note that cancelled it (issue 21).
        assertThat(Fixtures.pdfText(month().resolve("invoices/INV-2026-000009.pdf")))
                .contains("INV-2026-000009", "INV-2026-000001", "CN-2026-000001");
        assertThat(Fixtures.pdfText(month().resolve("invoices/INV-2026-000013.pdf"))).doesNotContain("CN-2026-");
        // The month's documents add up to the month as computed now: invoices minus credit notes.
        assertThat(sumOfDocuments()).isEqualByComparingTo(totalOf(freshBillingOfTheCorrectedMonth()));

        Result twice = bill("--rebill", ISSUED);

        assertThat(twice.exitCode()).isZero();
        assertThat(twice.out()).contains("nothing changed (8 invoices in force");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aDryRunPreviewsWithoutStoringAnythingOrUsingNumbers(Store kind) throws Exception {
        billTheMonthOnce(kind);
        correctTheMonth();
        Map<String, String> hashes = Fixtures.hashes(month());

        Result dryRun = bill("--rebill", "--dry-run", ISSUED);

        assertThat(dryRun.exitCode()).as(dryRun.err()).isEqualTo(3);
        assertThat(dryRun.out()).contains("Preview of re-billing 2026-10", "nothing was stored");
        Map<String, String> after = Fixtures.hashes(month());
        after.keySet().removeIf(file -> file.startsWith("preview/"));
        assertThat(after).isEqualTo(hashes);
        Path preview = month().resolve("preview");
        assertThat(preview.resolve("credit-notes/CN-2026-000001.pdf")).exists();
        assertThat(Fixtures.pdfText(preview.resolve("invoices/INV-2026-000013.pdf"))).contains("PREVIEW");
        String previewedSummary = Files.readString(preview.resolve("summary.csv"));

        Result rebill = bill("--rebill", ISSUED);

        assertThat(rebill.exitCode()).isEqualTo(3);
        assertThat(Files.readString(month().resolve("summary.csv"))).isEqualTo(previewedSummary);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aDryRunOfANeverBilledMonthPreviewsTheInvoicesCronWillIssue(Store kind, @TempDir Path fresh)
            throws Exception {
        Path source = original();
        List<String> options = kind.options(fresh);

        Result dryRun = BillingRunner.bill(options, source, fresh, "2026-10", "--dry-run");

        assertThat(dryRun.exitCode()).isEqualTo(3);
        Path monthFolder = fresh.resolve("out/2026-10");
        try (Stream<Path> files = Files.list(monthFolder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("preview");
        }
        assertThat(monthFolder.resolve("preview/summary.csv")).hasSameTextualContentAs(
                source.resolve("expected-summary.csv"));
        assertThat(BillingRunner.bill(options, source, fresh, "2026-10").exitCode()).isEqualTo(3);
        assertThat(monthFolder.resolve("summary.csv")).hasSameTextualContentAs(source.resolve("expected-summary.csv"));
    }

    /**
     * A re-bill that stopped after storing some of its documents (one customer per chunk: the first changed
     * customer's committed) cannot be previewed: the preview would mix them with the new ones. (One that stored none
     * can: LostStateIT.)
     */
    @ParameterizedTest
    @EnumSource(Store.class)
    void aDryRunNeverResumesAnUnfinishedRun(Store kind) throws Exception {
        billTheMonthOnce(kind);
        correctTheMonth();
        int billed = Store.documents(store).size();
        assertThat(bill("--rebill", ISSUED, "--billing.chunk-size=1", "--billing.fault-injection=issue:2")
                .exitCode()).isEqualTo(1);
        assertThat(Store.documents(store)).as("the first chunk's credit note and invoice").hasSize(billed + 2);
        Map<String, String> hashes = Fixtures.hashes(month());

        Result dryRun = bill("--rebill", "--dry-run", ISSUED);

        assertThat(dryRun.exitCode()).isEqualTo(4);
        assertThat(dryRun.err()).contains("did not finish", "without --dry-run");
        assertThat(Fixtures.hashes(month())).isEqualTo(hashes);
        assertThat(bill("--rebill", ISSUED).exitCode()).isEqualTo(3);
        assertThat(Files.readAllLines(month().resolve("adjustments.csv"))).hasSize(11);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aRebillThatFailsPartWayIsCompletedByTheSameCommand(Store kind, @TempDir Path reference) throws Exception {
        billTheMonthOnce(kind);
        correctTheMonth();
        Result failed = bill("--rebill", ISSUED, "--billing.fault-injection=issue:3");
        assertThat(failed.exitCode()).isEqualTo(1);

        Result resumed = bill("--rebill", ISSUED);

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        Path uninterrupted = reference.resolve("run");
        List<String> otherStore = kind.options(uninterrupted);
        assertThat(BillingRunner.bill(otherStore, original(), uninterrupted, "2026-10").exitCode()).isEqualTo(3);
        assertThat(BillingRunner.bill(otherStore, input, uninterrupted, "2026-10", "--rebill", ISSUED).exitCode())
                .isEqualTo(3);
        assertThat(Fixtures.hashes(month()))
                .isEqualTo(Fixtures.hashes(uninterrupted.resolve("out/2026-10")));
    }

    private Result bill(String... extra) {
        return BillingRunner.bill(store, input, work, "2026-10", extra);
    }

    private Path month() {
        return work.resolve("out/2026-10");
    }

    private static Path original() {
        return Fixtures.acceptanceCase("basic-2026-10");
    }

    private void correctTheMonth() throws IOException {
        edit("interventions.csv", text -> text
                + "I030,C001,T-1030,jdoe,2026-10-26T10:00,2026-10-26T10:10,REMOTE,TECHNICIAN,Added after review\n"
                + "I031,C010,T-1031,jdoe,2026-10-27T10:00,2026-10-27T10:25,REMOTE,TECHNICIAN,New customer\n");
        edit("interventions.csv", text -> text.replace(
                "I022,C005,T-1022,asmith,2026-10-14T18:00,2026-10-14T18:10,REMOTE,ENGINEER,Same-day remote follow-up\n", "")
                .replace("I019,C008,T-1019,jdoe,2026-10-21T10:00,2026-10-21T10:30,REMOTE,TECHNICIAN,\"=cmd|' /C calc'!A0\"\n", ""));
        edit("contracts.csv", text -> text.replace("K004,C003,OFFICE,2026-10-11,", "K004,C003,ENTERPRISE,2026-10-11,"));
        edit("customers.csv", text -> text.replace("3 boulevard Royal", "5 boulevard Royal")
                + "C010,Nouveau Client SARL,8 rue Neuve,L-1010,Luxembourg,LU,,new@example.com,fr,1\n");
    }

    private void edit(String file, java.util.function.UnaryOperator<String> change) {
        Fixtures.edit(input.resolve(file), change);
    }

    private Map<String, FileTime> modificationTimes() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(month())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(month().relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    /** Σ invoices − Σ credit notes of the month, incl. VAT: the first run's invoices, then the re-bill's documents. */
    private BigDecimal sumOfDocuments() throws IOException, URISyntaxException {
        BigDecimal sum = totalOf(Files.readAllLines(original().resolve("expected-summary.csv")));
        List<String> adjustments = Files.readAllLines(month().resolve("adjustments.csv"));
        for (String line : adjustments.subList(1, adjustments.size())) {
            sum = sum.add(new BigDecimal(line.split(",")[6]));
        }
        return sum;
    }

    private List<String> freshBillingOfTheCorrectedMonth() throws IOException {
        Path fresh = work.resolve("fresh");
        assertThat(BillingRunner.bill(input, fresh, "2026-10").exitCode()).isEqualTo(3);
        return Files.readAllLines(fresh.resolve("out/2026-10/summary.csv"));
    }

    private static BigDecimal totalOf(List<String> summary) {
        List<String> rows = new ArrayList<>(summary.subList(1, summary.size()));
        return rows.stream().map(l -> {
            String[] cells = l.split(",");
            return new BigDecimal(cells[cells.length - 3]);
        }).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
