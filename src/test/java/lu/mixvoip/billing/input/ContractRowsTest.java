package lu.mixvoip.billing.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.tariff.Tier;

/** billing-rules §10 and §14: contract rows with and without the optional column monthly_fee, read from real CSV. */
class ContractRowsTest {

    @TempDir
    Path dir;

    private List<Checked<Contract>> read(String csv) throws IOException {
        Path file = dir.resolve("contracts.csv");
        Files.writeString(file, csv);
        List<Checked<Contract>> rows = new ArrayList<>();
        try (CsvTable table = CsvTable.open(file, InputRows.CONTRACT_COLUMNS)) {
            for (Optional<SourceRecord> row = table.next(); row.isPresent(); row = table.next()) {
                assertThat(row.get().shapeProblem()).isNull();
                rows.add(new InputRows(Set.of("1")).contract(row.get(), id -> id.startsWith("C")));
            }
        }
        return rows;
    }

    private Checked<Contract> one(String tier, String fee) throws IOException {
        return read("contract_id,customer_id,tier,start_date,end_date,monthly_fee\n"
                + "K1,C1," + tier + ",2026-11-16,," + fee + "\n").get(0);
    }

    @Test
    void aFileWithoutTheColumnIsValidAndBillsTheTariffFee() throws IOException {
        List<Checked<Contract>> rows = read("""
                contract_id,customer_id,tier,start_date,end_date
                K1,C1,STANDARD,2026-01-01,
                K2,C1,Bureau,2026-01-01,2026-10-31
                """);
        assertThat(rows).allSatisfy(r -> assertThat(r.isOk()).isTrue());
        assertThat(rows).extracting(r -> r.value().monthlyFee()).containsOnlyNulls();
    }

    @Test
    void aFileWithoutTheColumnCannotHoldAManagedContract() throws IOException {
        Checked<Contract> row = read("contract_id,customer_id,tier,start_date,end_date\nK1,C1,Gestion,2026-01-01,\n")
                .get(0);
        assertThat(row.isOk()).isFalse();
        assertThat(row.reason()).contains("monthly_fee").contains("MANAGED");
    }

    @Test
    void theColumnIsFoundByNameInAnyOrderAndCase() throws IOException {
        Checked<Contract> row = read("Monthly_Fee;tier;contract_id;end_date;customer_id;start_date\n"
                + "1450.00;Gestion;K1;;C1;2026-01-01\n").get(0);
        assertThat(row.isOk()).isTrue();
        assertThat(row.value()).isEqualTo(new Contract("K1", "C1", Tier.MANAGED, LocalDate.of(2026, 1, 1), null,
                new BigDecimal("1450.00")));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "MANAGED,1450.00,1450.00",
            "Gestion,900,900.00",       // no decimals: kept as cents
            "STANDARD,40.00,40.00",     // a negotiated price for any tier
            "ENTERPRISE,12.5,12.50",
            "OFFICE,0,0.00",            // >= 0: a free contract is a price too
            "STANDARD,' 40.00 ',40.00",  // fields are trimmed
            "MANAGED,9999999.99,9999999.99"}) // §14: below ten million
    void aGivenFeeIsTheContractsOwn(String tier, String fee, String expected) throws IOException {
        Checked<Contract> row = one(tier, fee);
        assertThat(row.isOk()).as(row.reason()).isTrue();
        assertThat(row.value().monthlyFee()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void aBlankFeeIsTheTariffFeeForATierThatHasOne() throws IOException {
        Checked<Contract> row = one("STANDARD", "");
        assertThat(row.isOk()).isTrue();
        assertThat(row.value().monthlyFee()).isNull();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"\"12,50\"", "-1", "1.234", "abc", "1e3", ".50", "12.", "+5", "12.5.0", "1 000",
            "٣", // an Arabic-Indic digit is not [0-9]
            "10000000", "9999999999.99"}) // §14: ten million and more would not fit an invoice's total
    void anythingElseIsRefusedNamingMonthlyFee(String fee) throws IOException {
        Checked<Contract> row = one("STANDARD", fee);
        assertThat(row.isOk()).isFalse();
        assertThat(row.reason()).startsWith("monthly_fee '").contains("at most 2 decimals");
    }

    @Test
    void aManagedContractWithABlankFeeIsRefused() throws IOException {
        Checked<Contract> row = one("MANAGED", "  ");
        assertThat(row.isOk()).isFalse();
        assertThat(row.reason()).isEqualTo("monthly_fee is blank: a MANAGED contract must carry its own monthly_fee"
                + " (the tariff has no fee for MANAGED)");
    }

    @Test
    void theChecksRunInColumnOrder() throws IOException {
        List<Checked<Contract>> rows = read("""
                contract_id,customer_id,tier,start_date,end_date,monthly_fee
                K1,X1,MANAGED,2026-01-01,,abc
                K2,C1,GOLD,2026-01-01,,abc
                K3,C1,MANAGED,2026-13-01,,abc
                K4,C1,MANAGED,2026-01-01,2025-01-01,abc
                K5,C1,MANAGED,2026-01-01,,abc
                """);
        assertThat(rows).extracting(Checked::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("unknown customer 'X1'"),
                r -> assertThat(r).startsWith("unknown tier 'GOLD'"),
                r -> assertThat(r).startsWith("start_date '2026-13-01'"),
                r -> assertThat(r).startsWith("end_date 2025-01-01 is before"),
                r -> assertThat(r).startsWith("monthly_fee 'abc'"));
    }
}
