package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.Fixtures;

/**
 * A tariff other than the default, read from --tariff: other rates, normal hours 09:00-18:00, multipliers 1.25 and
 * 3.0, other increments, zones "A" and "B", and two versions within October 2026 (the second from the 16th).
 * The expected summary was worked out by hand:
 * <pre>
 * X1 OFFICE, zone A (fee 200.00, version 1 on 1 Oct)
 *   V1 Mon 5 Oct 08:30-08:47 remote: 17 -> 20 min (10-min steps), before 09:00: 20 x (80.00 x 1.25) / 60 = 33.33
 *   V2 Mon 5 Oct 17:45-18:05 on site: 20 -> 30 min: 15 x 100.00 / 60 = 25.00 + 15 x 125.00 / 60 = 31.25; travel A 20.00
 *   V3 Tue 20 Oct 10:00-10:12 remote (version 2, 5-min steps, seconds dropped): 15 x 88.00 / 60 = 22.00
 *   V4 Sun 18 Oct 10:00-10:10 local (given in UTC), remote: 10 x (143.00 x 3.0) / 60 = 71.50
 *   labour 183.08, total 403.08, VAT 17 % 68.52
 * X2 no contract, FR without VAT number, zone B
 *   V6 Thu 15 Oct on site 20 -> 30 min x 100.00 = 50.00, travel B version 1 = 55.50
 *   V5 Fri 16 Oct on site 60 min x 110.00 (version 2) = 110.00, travel B version 2 = 60.00
 *   total 275.50, VAT 46.835 -> 46.84
 * X3 STANDARD from 16 Oct, version 2 fee 44.00 x 16 / 31 = 22.71, no work
 * X4 rejected: travel zone "1" is not a zone of this tariff
 * </pre>
 */
class CustomTariffIT {

    @Test
    void billsWithTheTariffGivenOnTheCommandLine(@TempDir Path work) throws Exception {
        Path folder = Fixtures.resource("/custom-tariff");

        BillingRunner.Result result = BillingRunner.bill(folder, work, "2026-10",
                "--tariff=" + folder.resolve("tariff.yml"));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Path month = work.resolve("out/2026-10");
        assertThat(Files.readString(month.resolve("summary.csv")))
                .isEqualTo(Files.readString(folder.resolve("expected-summary.csv")));
        assertThat(Files.readAllLines(month.resolve("rejects.csv")))
                .hasSize(2)
                .element(1).asString().startsWith("customers.csv,5,X4,\"travel_zone '1' is not a zone of the tariff [A, B]");
    }

}
