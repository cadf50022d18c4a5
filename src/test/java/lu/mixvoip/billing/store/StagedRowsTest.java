package lu.mixvoip.billing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.tariff.Tier;

/** A staged contract keeps its own monthly fee; one staged before contracts had one reads back without. */
class StagedRowsTest {

    @Test
    void aContractsOwnFeeIsStagedWithIt() {
        Contract managed = new Contract("K1", "C1", Tier.MANAGED, LocalDate.of(2026, 11, 16), null,
                new BigDecimal("900.00"));
        Contract plain = new Contract("K2", "C1", Tier.STANDARD, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 15));
        PackedRows.Writer block = new PackedRows.Writer();
        StagedRows.pack(block, managed, 3L);
        StagedRows.pack(block, plain, null);

        List<Object> read = new ArrayList<>();
        StagedRows.unpackContracts(block.toString(), (contract, line) -> {
            read.add(contract);
            read.add(line);
        });

        assertThat(read).containsExactly(managed, 3L, plain, null);
    }

    @Test
    void aContractStagedBeforeMonthlyFeesHasNone() {
        String before = "K1\tC1\t7\tOFFICE\t2026-01-01\t\\N\nK2\tC1\t\\N\tSTANDARD\t2025-01-01\t2025-12-31\n";
        List<Contract> read = new ArrayList<>();
        StagedRows.unpackContracts(before, (contract, line) -> read.add(contract));
        assertThat(read).containsExactly(
                new Contract("K1", "C1", Tier.OFFICE, LocalDate.of(2026, 1, 1), null),
                new Contract("K2", "C1", Tier.STANDARD, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    }
}
