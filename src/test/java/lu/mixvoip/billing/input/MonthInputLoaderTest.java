package lu.mixvoip.billing.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;

/** Rows are kept or rejected in file order, each with the first reason that applies; ids are claimed by the first row. */
class MonthInputLoaderTest {
    private final List<String> kept = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final List<String> refusedStarts = new ArrayList<>();

    private final MonthInputLoader.Sink sink = new MonthInputLoader.Sink() {
        @Override
        public void customer(Customer customer, Long line) {
        }

        @Override
        public void contract(Contract contract, Long line) {
        }

        @Override
        public void intervention(Intervention intervention, Long line) {
            kept.add(line + ":" + intervention.id());
        }

        @Override
        public void ticket(TicketOfMonth ticket, Long line) {
        }

        @Override
        public void refusedStart(String interventionId, String customerId, String ticket, ZonedDateTime start,
                                 Long line) {
            refusedStarts.add(line + ":" + interventionId + "," + customerId + "," + ticket + "," + start);
        }

        @Override
        public void reject(InputFile file, SourceRecord row, String reason) {
            rejected.add(row.line() + ":" + reason);
        }
    };

    @Test
    void rowsAreKeptAndRejectedInFileOrderWithTheFirstReason(@TempDir Path input) throws IOException {
        Files.writeString(input.resolve("customers.csv"), """
                customer_id,name,street,postal_code,city,country,vat_number,email,language,travel_zone
                C1,Client,1 rue Haute,L-1111,Luxembourg,LU,,,fr,1
                """);
        Files.writeString(input.resolve("contracts.csv"), "contract_id,customer_id,tier,start_date,end_date\n");
        List<String> rows = new ArrayList<>(List.of(
                "intervention_id,customer_id,ticket,technician,start,end,mode,skill,description"));
        for (int i = 1; i <= 5000; i++) {
            rows.add("I" + i + ",C1,T,jdoe,2026-10-05T10:00,2026-10-05T10:30,REMOTE,TECHNICIAN,Work");
        }
        rows.set(2047, "I7,C1,T,jdoe,2026-10-05T10:00,2026-10-05T10:30,REMOTE,TECHNICIAN,Duplicate of line 8");
        rows.set(3000, "I3000,C1,T,jdoe,2026-09-05T10:00,2026-09-05T10:30,REMOTE,TECHNICIAN,September");
        rows.set(3001, "I3000,C1,T,jdoe,2026-10-05T10:00,2026-10-05T10:30,REMOTE,TECHNICIAN,Id taken by September");
        rows.set(4500, "I4500,C2,T,jdoe,2026-10-05T10:00,2026-10-05T10:30,JUGGLING,TECHNICIAN,Two problems");
        rows.set(4501, "bad id!,C1,T,jdoe,not-a-date,2026-10-05T10:30,REMOTE,TECHNICIAN,Id first");
        Files.write(input.resolve("interventions.csv"), rows);

        MonthInputLoader.Counts counts = new MonthInputLoader(YearMonth.of(2026, 10), Set.of("1"), sink, () -> { })
                .load(file -> InputFiles.open(input, file));

        assertThat(counts.interventions()).isEqualTo(5000 - 5);
        assertThat(counts.skipped()).isEqualTo(1);
        assertThat(kept).startsWith("2:I1", "3:I2").endsWith("5001:I5000").doesNotContain("2048:I7", "3002:I3000");
        assertThat(rejected).hasSize(4);
        assertThat(rejected.get(0)).startsWith("2048:duplicate intervention_id 'I7'");
        assertThat(rejected.get(1)).startsWith("3002:duplicate intervention_id 'I3000'");
        assertThat(rejected.get(2)).startsWith("4501:").contains("C2");
        assertThat(rejected.get(3)).startsWith("4502:intervention_id 'bad id!' is not a valid id");
    }

    @Test
    void anImportKeepsTheStartOfARowRefusedAfterTheChecksBeforeTheMonthFilter(@TempDir Path input)
            throws IOException {
        Files.writeString(input.resolve("customers.csv"), """
                customer_id,name,street,postal_code,city,country,vat_number,email,language,travel_zone
                C1,Client,1 rue Haute,L-1111,Luxembourg,LU,,,fr,1
                """);
        Files.writeString(input.resolve("contracts.csv"), "contract_id,customer_id,tier,start_date,end_date\n");
        Files.writeString(input.resolve("interventions.csv"), """
                intervention_id,customer_id,ticket,technician,start,end,mode,skill,description
                I1,C1,T-1,jdoe,2026-10-05T10:00,2026-10-05T10:30,REMOTE,TECHNICIAN,Kept
                I2,C1,T-1,jdoe,2026-10-05T08:00,2026-10-05T08:30,BICYCLE,TECHNICIAN,Bad mode: its start is kept
                I3,C9,T-2,jdoe,2026-12-01T09:00,2026-12-01T09:30,REMOTE,TECHNICIAN,Unknown customer: kept too
                I4,C1,not a ticket,jdoe,2026-10-05T08:00,2026-10-05T08:30,BICYCLE,TECHNICIAN,Matches no ticket
                I5,C1,T-1,jdoe,yesterday,2026-10-05T08:30,REMOTE,TECHNICIAN,No start
                I1,C1,T-1,jdoe,2026-10-01T08:00,2026-10-01T08:30,BICYCLE,TECHNICIAN,Duplicate id
                """);

        new MonthInputLoader(null, Set.of("1"), sink, () -> { }).load(file -> InputFiles.open(input, file));

        assertThat(kept).containsExactly("2:I1");
        assertThat(rejected).hasSize(5);
        assertThat(refusedStarts).containsExactly("3:I2,C1,T-1,2026-10-05T08:00+02:00[Europe/Luxembourg]",
                "4:I3,C9,T-2,2026-12-01T09:00+01:00[Europe/Luxembourg]");
    }
}
