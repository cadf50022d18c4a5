package lu.mixvoip.billing.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.pdf.PdfA;

/**
 * The finance pack from the command line on both stores. October 2026 is billed (issued 1 November), re-billed on
 * 20 November for an intervention of the Belgian customer found late (a credit note and a new invoice), and November
 * is billed (issued 1 December). Every figure below is worked out by hand from the default tariff card:
 * <pre>
 *   A001 LU, STANDARD 58.00:  Oct 1 h technician 104.00          INV-1 162.00 + 17 % 27.54 = 189.54
 *                             Nov 30 min technician 52.00        INV-6 110.00 + 18.70 = 128.70
 *   B001 BE (VAT number), OFFICE 262.00, reverse charge:
 *                             Oct 2 h engineer 222.00            INV-2 484.00
 *                             + 1 h technician 96.00 (re-bill)   CN-1 -484.00, INV-5 580.00
 *                             Nov 1 h consulting 131.00          INV-7 393.00
 *   D001 DE, no VAT number, STANDARD 58.00, 17 %:               INV-3 58.00 + 9.86 = 67.86, INV-8 the same
 *   S001 CH, no contract:     Oct 1 h consulting (NONE) 145.00   INV-4 145.00, out of scope
 * </pre>
 */
class FinancePackIT {
    @TempDir
    Path work;
    Path input;
    List<String> store;

    @ParameterizedTest
    @EnumSource(Store.class)
    void thePacksOfTwoMonthsAndTheirQuarterGiveTheDocumentsFigures(Store kind) throws IOException {
        billOctoberReBillItAndBillNovember(kind);

        Result november = finance("--period=2026-11");
        Result december = finance("--period=2026-12");
        Result quarter = finance("--period=2026-Q4");

        assertThat(november.exitCode()).as(november.err()).isZero();
        assertThat(december.exitCode()).as(december.err()).isZero();
        assertThat(quarter.exitCode()).as(quarter.err()).isZero();
        assertThat(november.out()).contains("5 invoices, 1 credit notes", "945.00 EUR excl. VAT");
        // November: the first billing of October and its re-bill (both issued in November).
        assertThat(lines("2026-11", "vat-summary.csv")).containsExactly(
                "treatment,vat_rate,documents,taxable_amount,vat_amount",
                "STANDARD,17.00,2,220.00,37.40",              // INV-1 162.00 / 27.54, INV-3 58.00 / 9.86
                "REVERSE_CHARGE,0.00,3,580.00,0.00",          // INV-2 484.00, CN-1 -484.00, INV-5 580.00
                "OUT_OF_SCOPE,0.00,1,145.00,0.00",            // INV-4
                "TOTAL,,6,945.00,37.40");
        // The credit note and its new invoice of one period: one row, their net with the cancelled invoice.
        assertThat(lines("2026-11", "ec-sales-list.csv")).containsExactly("country,vat_number,amount",
                "BE,0123456789,580.00");
        List<String> journal = lines("2026-11", "journal.csv");
        assertThat(journal).startsWith("date,document_number,customer_id,account,label,debit,credit",
                "2026-11-01,INV-2026-000001,A001,4011,Facture INV-2026-000001 — Atelier Lux,189.54,0.00",
                "2026-11-01,INV-2026-000001,A001,703001,Facture INV-2026-000001 — redevances,0.00,58.00",
                "2026-11-01,INV-2026-000001,A001,703002,Facture INV-2026-000001 — main-d'œuvre,0.00,104.00",
                "2026-11-01,INV-2026-000001,A001,461411,Facture INV-2026-000001 — TVA 17.00 %,0.00,27.54");
        assertThat(journal).containsSubsequence(
                "2026-11-20,CN-2026-000001,B001,4011,Note de crédit CN-2026-000001 — Brussels Bureau,0.00,484.00",
                "2026-11-20,CN-2026-000001,B001,703001,Note de crédit CN-2026-000001 — redevances,262.00,0.00",
                "2026-11-20,CN-2026-000001,B001,703002,Note de crédit CN-2026-000001 — main-d'œuvre,222.00,0.00",
                "2026-11-20,INV-2026-000005,B001,4011,Facture INV-2026-000005 — Brussels Bureau,580.00,0.00");
        assertThat(documentsInOrder(journal)).containsExactly("INV-2026-000001", "INV-2026-000002",
                "INV-2026-000003", "INV-2026-000004", "CN-2026-000001", "INV-2026-000005");
        // Debits: the invoices' totals incl. VAT 189.54 + 484.00 + 67.86 + 145.00 + 580.00, and the credit note's
        // revenue 484.00.
        assertBalanced(journal, "1950.40");

        // December: November's billing alone.
        assertThat(lines("2026-12", "vat-summary.csv")).containsExactly(
                "treatment,vat_rate,documents,taxable_amount,vat_amount",
                "STANDARD,17.00,2,168.00,28.56",              // INV-6 110.00 / 18.70, INV-8 58.00 / 9.86
                "REVERSE_CHARGE,0.00,1,393.00,0.00",          // INV-7
                "TOTAL,,3,561.00,28.56");
        assertThat(lines("2026-12", "ec-sales-list.csv")).containsExactly("country,vat_number,amount",
                "BE,0123456789,393.00");
        assertBalanced(lines("2026-12", "journal.csv"), "589.56"); // 128.70 + 393.00 + 67.86

        // The quarter: both.
        assertThat(lines("2026-Q4", "vat-summary.csv")).containsExactly(
                "treatment,vat_rate,documents,taxable_amount,vat_amount",
                "STANDARD,17.00,4,388.00,65.96",
                "REVERSE_CHARGE,0.00,4,973.00,0.00",
                "OUT_OF_SCOPE,0.00,1,145.00,0.00",
                "TOTAL,,9,1506.00,65.96");
        assertThat(lines("2026-Q4", "ec-sales-list.csv")).containsExactly("country,vat_number,amount",
                "BE,0123456789,973.00");
        assertBalanced(lines("2026-Q4", "journal.csv"), "2539.96");

        byte[] overview = Files.readAllBytes(pack("2026-11").resolve("overview.pdf"));
        assertThat(PdfA.failedRules(overview)).isEmpty();
        String text = Fixtures.pdfText(pack("2026-11").resolve("overview.pdf"));
        assertThat(text).contains("Clôture comptable — novembre 2026", "945,00", "37,40", "982,40",
                "Standard", "Bureau", "Sans contrat", "Technicien", "Ingénieur", "BE", "CH", "LU");
        assertThat(Fixtures.pdfText(pack("2026-Q4").resolve("overview.pdf"))).contains("4e trimestre 2026",
                "1 506,00");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void runningItAgainGivesTheSameBytes(Store kind) throws IOException {
        billOctoberReBillItAndBillNovember(kind);
        assertThat(finance("--period=2026-Q4").exitCode()).isZero();
        Map<String, String> first = Fixtures.hashes(pack("2026-Q4"));

        assertThat(finance("--period=2026-Q4").exitCode()).isZero();

        assertThat(first).containsOnlyKeys("vat-summary.csv", "ec-sales-list.csv", "journal.csv", "overview.pdf");
        assertThat(Fixtures.hashes(pack("2026-Q4"))).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aPeriodWithoutDocumentsGivesHeadersZerosAndAnOverviewThatSaysSo(Store kind) throws IOException {
        billOctoberReBillItAndBillNovember(kind);

        Result empty = finance("--period=2026-09");

        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(lines("2026-09", "vat-summary.csv")).containsExactly(
                "treatment,vat_rate,documents,taxable_amount,vat_amount", "TOTAL,,0,0.00,0.00");
        assertThat(lines("2026-09", "ec-sales-list.csv")).containsExactly("country,vat_number,amount");
        assertThat(lines("2026-09", "journal.csv")).containsExactly(
                "date,document_number,customer_id,account,label,debit,credit");
        byte[] overview = Files.readAllBytes(pack("2026-09").resolve("overview.pdf"));
        assertThat(PdfA.failedRules(overview)).isEmpty();
        assertThat(Fixtures.pdfText(pack("2026-09").resolve("overview.pdf")))
                .contains("Aucun document émis sur cette période");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aMalformedPeriodIsExit2WithOneLineNamingIt(Store kind) {
        store = kind.options(work);

        Result bad = finance("--period=2026-13");
        Result quarter = finance("--period=2026-Q5");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().lines().findFirst()).hasValue("support-billing: --period=2026-13 is not a month"
                + " YYYY-MM or a quarter YYYY-Qn (e.g. --period=2026-11 or --period=2026-Q4)");
        assertThat(quarter.exitCode()).isEqualTo(2);
        assertThat(quarter.err()).contains("--period=2026-Q5 is not a month");
        assertThat(work.resolve("out/finance")).doesNotExist();
    }

    private void billOctoberReBillItAndBillNovember(Store kind) throws IOException {
        input = Files.createDirectories(work.resolve("in"));
        Files.writeString(input.resolve("customers.csv"), """
                customer_id,name,street,postal_code,city,country,vat_number,email,language,travel_zone
                A001,Atelier Lux,1 rue Haute,L-1111,Luxembourg,LU,LU11111111,a@example.com,fr,1
                B001,Brussels Bureau,2 Rue Neuve,1000,Bruxelles,BE,BE 0123.456.789,b@example.com,fr,2
                D001,Dresden Druck,3 Hauptstraße,01067,Dresden,DE,,d@example.com,de,
                S001,Sion Services,4 Rue du Rhône,1950,Sion,CH,,s@example.com,en,
                """);
        Files.writeString(input.resolve("contracts.csv"), """
                contract_id,customer_id,tier,start_date,end_date
                K1,A001,STANDARD,2025-01-01,
                K2,B001,OFFICE,2025-01-01,
                K3,D001,STANDARD,2025-01-01,
                """);
        Files.writeString(input.resolve("interventions.csv"), """
                intervention_id,customer_id,ticket,technician,start,end,mode,skill,description
                I1,A001,T1,jdoe,2026-10-06T09:00,2026-10-06T10:00,REMOTE,TECHNICIAN,Mail
                I2,B001,T2,jdoe,2026-10-07T09:00,2026-10-07T11:00,REMOTE,ENGINEER,Firewall
                I3,S001,T3,jdoe,2026-10-08T09:00,2026-10-08T10:00,REMOTE,CONSULTING,Audit
                I5,A001,T5,jdoe,2026-11-03T09:00,2026-11-03T09:30,REMOTE,TECHNICIAN,Printer
                I6,B001,T6,jdoe,2026-11-04T09:00,2026-11-04T10:00,REMOTE,CONSULTING,Review
                """);
        store = kind.options(work);
        assertThat(BillingRunner.bill(store, input, work, "2026-10").exitCode()).isZero();
        Files.writeString(input.resolve("interventions.csv"),
                "I4,B001,T4,jdoe,2026-10-09T09:00,2026-10-09T10:00,REMOTE,TECHNICIAN,Found late\n",
                java.nio.file.StandardOpenOption.APPEND);
        Result rebill = BillingRunner.bill(store, input, work, "2026-10", "--rebill", "--issue-date=2026-11-20");
        assertThat(rebill.exitCode()).as(rebill.err()).isZero();
        assertThat(rebill.out()).contains("1 credit note, 1 new invoice");
        assertThat(BillingRunner.bill(store, input, work, "2026-11").exitCode()).isZero();
    }

    private Result finance(String period) {
        List<String> args = new ArrayList<>(List.of("finance", period, "--output=" + work.resolve("out")));
        args.addAll(store);
        return BillingRunner.run(args.toArray(String[]::new));
    }

    private Path pack(String period) {
        return work.resolve("out/finance").resolve(period);
    }

    private List<String> lines(String period, String file) throws IOException {
        return Files.readAllLines(pack(period).resolve(file));
    }

    /** The journal's documents in the order of their rows. */
    private static List<String> documentsInOrder(List<String> journal) {
        List<String> numbers = new ArrayList<>();
        for (String row : journal.subList(1, journal.size())) {
            String number = row.split(",")[1];
            if (numbers.isEmpty() || !numbers.get(numbers.size() - 1).equals(number)) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** Each document's debits equal its credits; all debits add up to {@code total}, as do all credits. */
    private static void assertBalanced(List<String> journal, String total) {
        Map<String, BigDecimal> balance = new TreeMap<>();
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (String row : journal.subList(1, journal.size())) {
            String[] cells = row.split(",");
            BigDecimal debit = new BigDecimal(cells[cells.length - 2]);
            BigDecimal credit = new BigDecimal(cells[cells.length - 1]);
            assertThat(debit.signum() == 0 || credit.signum() == 0).as(row).isTrue();
            balance.merge(cells[1], debit.subtract(credit), BigDecimal::add);
            debits = debits.add(debit);
            credits = credits.add(credit);
        }
        balance.forEach((document, difference) -> assertThat(difference.signum()).as(document).isZero());
        assertThat(debits).isEqualByComparingTo(total);
        assertThat(credits).isEqualByComparingTo(total);
    }
}
