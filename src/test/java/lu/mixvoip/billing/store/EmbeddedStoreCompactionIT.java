package lu.mixvoip.billing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.Fixtures;

/**
 * A run that wrote a month leaves the embedded store rewritten compact: every page in its file is a page in use, where
 * H2 otherwise leaves the pages each commit replaced for later runs to tidy.
 */
class EmbeddedStoreCompactionIT {
    private static final String MONTH = "2026-10";

    @TempDir
    Path work;

    @Test
    void aBillingLeavesEveryPageOfTheStoreInUse() {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), work.resolve("in"));

        assertThat(BillingRunner.bill(input, work, MONTH).exitCode()).isEqualTo(3);

        Pages billed = pages();
        assertThat(billed.inUse()).as("pages in use, of %s in the file", billed.inFile()).isEqualTo(billed.inFile());
    }

    @Test
    void anImportLeavesEveryPageOfTheStoreInUse() {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), work.resolve("in"));

        assertThat(BillingRunner.run("import", "--input=" + input, "--output=" + work.resolve("out"),
                "--data-dir=" + work.resolve("data")).exitCode()).isEqualTo(3);

        Pages imported = pages();
        assertThat(imported.inUse()).as("pages in use, of %s in the file", imported.inFile())
                .isEqualTo(imported.inFile());
    }

    private record Pages(long inFile, long inUse) {
    }

    /** H2's own count of the pages its file holds, and of those in use, read without writing to the store. */
    private Pages pages() {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:file:"
                + work.resolve("data/billing") + ";ACCESS_MODE_DATA=r", "sa", ""));
        Map<String, Object> counts = jdbc.queryForMap("SELECT"
                + " MAX(CASE WHEN SETTING_NAME = 'info.PAGE_COUNT' THEN SETTING_VALUE END) AS in_file,"
                + " MAX(CASE WHEN SETTING_NAME = 'info.PAGE_COUNT_LIVE' THEN SETTING_VALUE END) AS in_use"
                + " FROM INFORMATION_SCHEMA.SETTINGS");
        return new Pages(Long.parseLong((String) counts.get("in_file")), Long.parseLong((String) counts.get("in_use")));
    }
}
