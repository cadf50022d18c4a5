package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;

/**
 * The managed-sla-2026-11 case corrected the ways finance corrects it: a negotiated fee changes invoices like any
 * contract correction (a re-bill); a ticket's change never touches an invoice, but sla.csv follows the data on every
 * run, a no-op run included; a preview writes its own sla.csv.
 */
class ManagedAndServiceLevelsIT {
    private static final Path CASE = Fixtures.acceptanceCase("managed-sla-2026-11");

    @TempDir
    Path work;
    Path input;
    List<String> store;

    @ParameterizedTest
    @EnumSource(Store.class)
    void aCorrectedMonthlyFeeIsReBilledWithACreditNoteAndANewInvoice(Store kind) throws IOException {
        billTheCase(kind);
        Fixtures.edit(input.resolve("contracts.csv"), text -> text.replace("CM-03,M03,Standard,2025-06-01,,40.00",
                "CM-03,M03,Standard,2025-06-01,,45.00"));

        Result refused = bill();
        Result rebilled = bill("--rebill", "--issue-date=2026-12-10");

        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("1 customer would get a changed invoice", "changed   M03          138.06 -> "
                + "143.91 EUR incl. VAT");
        assertThat(rebilled.exitCode()).as(rebilled.err()).isEqualTo(3);
        assertThat(rebilled.out()).contains("Re-billed 2026-11 (re-bill 1): 1 credit note, 1 new invoice.");
        assertThat(Files.readAllLines(month().resolve("adjustments.csv"))).containsExactly(
                "document_number,type,customer_id,cancels,total_excl_vat,vat,total_incl_vat,rebill_run,issued_on",
                "CN-2026-000001,CREDIT_NOTE,M03,INV-2026-000003,-118.00,-20.06,-138.06,1,2026-12-10",
                "INV-2026-000007,INVOICE,M03,,123.00,20.91,143.91,1,2026-12-10");
        assertThat(Files.readString(month().resolve("summary.csv")))
                .contains("INV-2026-000007,M03,Brasserie Op der Ecken,LU,STANDARD,45.00,78.00,0.00,123.00,17.00,"
                        + "20.91,143.91,1,30");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aTicketCorrectionRewritesSlaCsvAndLeavesEveryInvoiceAlone(Store kind) throws IOException {
        billTheCase(kind);
        Map<String, FileTime> documents = documentTimes();
        // T-M05-1 is answered after all: its response now breaches by the answer, not by the end of the month.
        Fixtures.edit(input.resolve("tickets.csv"), text -> text.replace("T-M05-1,M05,2026-11-27T17:00,",
                "T-M05-1,M05,2026-11-27T17:00,2026-11-30T09:00"));

        Result again = bill();

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("nothing changed", "sla.csv is rewritten: the tickets changed");
        assertThat(Files.readAllLines(month().resolve("sla.csv"))).contains(
                "T-M05-1,M05,OFFICE,2026-11-27T17:00,2026-11-30T09:00,150,480,met,,690,720,pending");
        assertThat(documentTimes()).isEqualTo(documents);
        assertThat(bill().out()).as("the same data again").doesNotContain("sla.csv is rewritten");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aPreviewWritesItsOwnSlaCsv(Store kind) throws IOException {
        input = Fixtures.copyOfInputs(CASE, work.resolve("in"));
        store = kind.options(work);

        Result preview = bill("--dry-run");

        assertThat(preview.exitCode()).as(preview.err()).isEqualTo(3);
        assertThat(month().resolve("preview/sla.csv")).hasSameTextualContentAs(CASE.resolve("expected-sla.csv"));
        assertThat(month().resolve("sla.csv")).doesNotExist();
    }

    private void billTheCase(Store kind) {
        input = Fixtures.copyOfInputs(CASE, work.resolve("in"));
        store = kind.options(work);
        Result first = bill();
        assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
        assertThat(first.out()).contains("tickets         6 assessed: response 3 met, 3 breached, 0 pending;"
                + " intervention 5 met, 0 breached, 1 pending (1 not assessed: no contract with service levels)");
    }

    private Result bill(String... extra) {
        return BillingRunner.bill(store, input, work, "2026-11", extra);
    }

    private Path month() {
        return work.resolve("out/2026-11");
    }

    private Map<String, FileTime> documentTimes() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(month().resolve("invoices"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
