package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.Store;

/**
 * Rows refused while rating (not while reading) are reported with their file and line too: here the overlapping
 * contracts of one customer and that customer's interventions, in a month of several hundred customers whose
 * interventions are staged in blocks of customer ranges, the rows in no particular order.
 */
class RatingRejectsIT {

    @ParameterizedTest
    @EnumSource(Store.class)
    void overlappingContractsAndTheirCustomersInterventionsAreRejectedWithTheirLines(Store store, @TempDir Path work)
            throws IOException {
        Path input = work.resolve("in");
        Files.createDirectories(input);
        List<String> customers = new ArrayList<>(List.of(
                "customer_id,name,street,postal_code,city,country,vat_number,email,language,travel_zone"));
        List<String> contracts = new ArrayList<>(List.of("contract_id,customer_id,tier,start_date,end_date"));
        List<String> interventions = new ArrayList<>(List.of(
                "intervention_id,customer_id,ticket,technician,start,end,mode,skill,description"));
        for (int c = 210; c > 0; c--) { // descending: the files are not in id order
            String id = String.format("C%03d", c);
            customers.add(id + ",Client " + c + ",1 rue Haute,L-1111,Luxembourg,LU,,,fr,1");
            contracts.add("K" + id + "," + id + ",OFFICE,2026-01-01,");
            interventions.add("I" + id + "," + id + ",T-" + c + ",jdoe,2026-10-05T10:00,2026-10-05T10:30,REMOTE,"
                    + "TECHNICIAN,Work for " + id);
        }
        contracts.add("KX,C150,ENTERPRISE,2026-10-10,"); // overlaps KC150: line 212
        interventions.add("IX,C150,T-X,jdoe,2026-10-06T10:00,2026-10-06T11:00,REMOTE,TECHNICIAN,More work"); // 302
        Files.write(input.resolve("customers.csv"), customers);
        Files.write(input.resolve("contracts.csv"), contracts);
        Files.write(input.resolve("interventions.csv"), interventions);

        BillingRunner.Result result = BillingRunner.bill(store.options(work), input, work, "2026-10");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        List<String> rejects = Files.readAllLines(work.resolve("out/2026-10/rejects.csv"));
        // C150 is the 61st row from the top of 210 down to 1: line 2 + (210 - 150) = 62 in each file
        assertThat(rejects).hasSize(5);
        assertThat(rejects.subList(1, 5)).extracting(line -> String.join(",", List.of(line.split(",")).subList(0, 3)))
                .containsExactly("contracts.csv,62,KC150", "contracts.csv,212,KX",
                        "interventions.csv,62,IC150", "interventions.csv,212,IX");
        assertThat(Files.readAllLines(work.resolve("out/2026-10/summary.csv"))).hasSize(1 + 209);
    }
}
