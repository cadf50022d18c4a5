package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;

/**
 * Numbers over several months in one store (billing-rules §8): one gapless sequence per document kind and year of
 * issue, never reused. October, November and December 2026 are billed in turn (December is issued on 1 January 2027
 * and starts the 2027 sequences), then October is re-billed twice in January 2027, each time with a change, and
 * November once more with a 2026 issue date, which continues the 2026 sequences.
 * <p>
 * Three customers: A1 (STANDARD) and A2 (OFFICE) have contracts over the whole year, A3 none but one intervention a
 * month. Each month therefore gives three invoices, in customer order.
 */
class NumberingIT {
    private static final String CUSTOMERS = """
            customer_id,name,street,postal_code,city,country,vat_number,email,language,travel_zone
            A1,Alpha SARL,1 rue A,L-1111,Luxembourg,LU,,a1@example.com,fr,1
            A2,Beta SA,2 rue B,L-2222,Luxembourg,LU,,a2@example.com,en,1
            A3,Gamma GmbH,3 Gasse C,L-3333,Luxembourg,LU,,a3@example.com,de,1
            """;
    private static final String CONTRACTS = """
            contract_id,customer_id,tier,start_date,end_date
            K1,A1,STANDARD,2026-01-01,
            K2,A2,OFFICE,2026-01-01,
            """;
    private static final String INTERVENTIONS = """
            intervention_id,customer_id,ticket,technician,start,end,mode,skill,description
            N10,A3,T-10,jdoe,2026-10-05T10:00,2026-10-05T10:30,REMOTE,TECHNICIAN,October work
            N11,A3,T-11,jdoe,2026-11-09T10:00,2026-11-09T10:30,REMOTE,TECHNICIAN,November work
            N12,A3,T-12,jdoe,2026-12-07T10:00,2026-12-07T10:30,REMOTE,TECHNICIAN,December work
            """;

    @TempDir
    Path work;
    Path input;
    List<String> store;

    @ParameterizedTest
    @EnumSource(Store.class)
    void numbersContinueAcrossMonthsAndRestartWithEachYearOfIssue(Store kind) throws IOException {
        input = Files.createDirectories(work.resolve("in"));
        Files.writeString(input.resolve("customers.csv"), CUSTOMERS);
        Files.writeString(input.resolve("contracts.csv"), CONTRACTS);
        Files.writeString(input.resolve("interventions.csv"), INTERVENTIONS);
        store = kind.options(work);

        bill("2026-10");
        bill("2026-11");
        bill("2026-12");

        assertThat(numbers("2026-10")).containsExactly("INV-2026-000001", "INV-2026-000002", "INV-2026-000003");
        assertThat(numbers("2026-11")).containsExactly("INV-2026-000004", "INV-2026-000005", "INV-2026-000006");
        assertThat(numbers("2026-12")).containsExactly("INV-2027-000001", "INV-2027-000002", "INV-2027-000003");
        assertThat(Files.readString(work.resolve("out/2026-12/summary.csv"))).contains("INV-2027-000001,A1,");

        // A2 gets one more October intervention; October is re-billed in January 2027: 2027 numbers.
        addIntervention("N20,A2,T-20,jdoe,2026-10-20T09:00,2026-10-20T09:40,REMOTE,ENGINEER,Late entry");
        bill("2026-10", "--rebill", "--issue-date=2027-01-15");

        assertThat(adjustments("2026-10")).containsExactly(
                "CN-2027-000001,CREDIT_NOTE,A2,INV-2026-000002,2027-01-15",
                "INV-2027-000004,INVOICE,A2,,2027-01-15");
        assertThat(numbers("2026-10")).containsExactly("INV-2026-000001", "INV-2026-000003", "INV-2027-000004");

        // A second re-bill that changes something again: A1 gets work, A2's late entry is withdrawn.
        addIntervention("N21,A1,T-21,jdoe,2026-10-21T09:00,2026-10-21T09:20,REMOTE,CABLING,Patch panel");
        Fixtures.edit(input.resolve("interventions.csv"), text -> text.replace(
                "N20,A2,T-20,jdoe,2026-10-20T09:00,2026-10-20T09:40,REMOTE,ENGINEER,Late entry\n", ""));
        bill("2026-10", "--rebill", "--issue-date=2027-01-20");

        assertThat(adjustments("2026-10")).containsExactly(
                "CN-2027-000001,CREDIT_NOTE,A2,INV-2026-000002,2027-01-15",
                "INV-2027-000004,INVOICE,A2,,2027-01-15",
                "CN-2027-000002,CREDIT_NOTE,A1,INV-2026-000001,2027-01-20",
                "INV-2027-000005,INVOICE,A1,,2027-01-20",
                "CN-2027-000003,CREDIT_NOTE,A2,INV-2027-000004,2027-01-20",
                "INV-2027-000006,INVOICE,A2,,2027-01-20");
        assertThat(numbers("2026-10")).containsExactly("INV-2026-000003", "INV-2027-000005", "INV-2027-000006");

        // November corrected and re-billed with a 2026 issue date: the 2026 sequences go on where they stopped.
        Fixtures.edit(input.resolve("interventions.csv"), text -> text.replace("2026-11-09T10:30", "2026-11-09T11:30"));
        bill("2026-11", "--rebill", "--issue-date=2026-12-31");

        assertThat(adjustments("2026-11")).containsExactly(
                "CN-2026-000001,CREDIT_NOTE,A3,INV-2026-000006,2026-12-31",
                "INV-2026-000007,INVOICE,A3,,2026-12-31");
        assertThat(Store.documents(store)).extracting(line -> line.split(" ")[0]).containsExactly(
                "CN-2026-000001", "CN-2027-000001", "CN-2027-000002", "CN-2027-000003",
                "INV-2026-000001", "INV-2026-000002", "INV-2026-000003", "INV-2026-000004", "INV-2026-000005",
                "INV-2026-000006", "INV-2026-000007",
                "INV-2027-000001", "INV-2027-000002", "INV-2027-000003", "INV-2027-000004", "INV-2027-000005",
                "INV-2027-000006");
        for (String pdf : List.of("2026-10/invoices/INV-2027-000005.pdf", "2026-10/credit-notes/CN-2027-000003.pdf",
                "2026-11/invoices/INV-2026-000007.pdf", "2026-12/invoices/INV-2027-000003.pdf")) {
            assertThat(work.resolve("out").resolve(pdf)).exists();
        }
    }

    private void bill(String month, String... extra) {
        List<String> args = new ArrayList<>(List.of("--month=" + month, "--input=" + input,
                "--output=" + work.resolve("out")));
        args.addAll(store);
        args.addAll(List.of(extra));
        Result result = BillingRunner.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(month + " " + result.out() + result.err()).isZero();
    }

    private void addIntervention(String row) {
        Fixtures.edit(input.resolve("interventions.csv"), text -> text + row + "\n");
    }

    /** The invoice numbers of a month's summary.csv: the invoices in force. */
    private List<String> numbers(String month) throws IOException {
        List<String> lines = Files.readAllLines(work.resolve("out").resolve(month).resolve("summary.csv"));
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList();
    }

    /** adjustments.csv's number, type, customer, what it cancels and issue date. */
    private List<String> adjustments(String month) throws IOException {
        List<String> lines = Files.readAllLines(work.resolve("out").resolve(month).resolve("adjustments.csv"));
        return lines.subList(1, lines.size()).stream().map(l -> {
            String[] cells = l.split(",");
            return String.join(",", cells[0], cells[1], cells[2], cells[3], cells[8]);
        }).toList();
    }
}
