package lu.mixvoip.billing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;

/**
 * The README's "SQL for finance" queries, as written there, run on both stores after the acceptance month was billed
 * and then re-billed for two corrections (C001 gets one more intervention, C008 loses its only one): they give the
 * figures of the documents in force.
 */
class FinanceQueriesIT {
    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Store.class)
    void theReadmeQueriesGiveTheFiguresOfTheMonth(Store kind) throws IOException {
        List<String> queries = readmeQueries();
        assertThat(queries).hasSize(3);
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), work.resolve("in"));
        List<String> store = kind.options(work);
        assertThat(BillingRunner.bill(store, input, work, "2026-10").exitCode()).isEqualTo(3);
        Fixtures.edit(input.resolve("interventions.csv"), text -> text.replace(
                "I019,C008,T-1019,jdoe,2026-10-21T10:00,2026-10-21T10:30,REMOTE,TECHNICIAN,\"=cmd|' /C calc'!A0\"\n", "")
                + "I030,C001,T-1030,jdoe,2026-10-26T10:00,2026-10-26T10:10,REMOTE,TECHNICIAN,Added after review\n");
        assertThat(BillingRunner.bill(store, input, work, "2026-10", "--rebill", "--issue-date=2026-11-20")
                .exitCode()).isEqualTo(3);
        JdbcTemplate jdbc = new JdbcTemplate(Store.dataSourceOf(store));

        List<String> revenue = rows(jdbc, queries.get(0));
        List<String> documents = rows(jdbc, queries.get(1));
        List<String> inForce = rows(jdbc, queries.get(2));

        // Net of the credit notes, worked out by hand: NONE engineering is C004's 774.00, C007's 258.00, C005's
        // 32.25 and C002's 96.75 (before its contract); C001's technician work 78.00 + its added 15 min 26.00;
        // C008's 54.00 cancelled; travel 45.00 + 75.00 + 75.00 + 110.00.
        assertThat(revenue).contains("FEE|STANDARD||58.00", "LABOUR|NONE|ENGINEER|1161.00",
                "LABOUR|OFFICE|CONSULTING|524.00", "LABOUR|ENTERPRISE|CONSULTING|655.00",
                "LABOUR|STANDARD|TECHNICIAN|104.00", "LABOUR|NONE|TECHNICIAN|108.00", "TRAVEL|||305.00");
        BigDecimal revenueTotal = revenue.stream().map(r -> new BigDecimal(r.substring(r.lastIndexOf('|') + 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal inForceTotal = inForce.stream().map(r -> new BigDecimal(r.split("\\|")[3]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(revenueTotal).isEqualByComparingTo(inForceTotal).isEqualByComparingTo("4226.99");
        assertThat(documents).containsExactly(
                "INV-2026-000001|INVOICE|2026-10|2026-11-01|552.53||CN-2026-000001",
                "CN-2026-000001|CREDIT_NOTE|2026-10|2026-11-20|-552.53|INV-2026-000001|",
                "INV-2026-000009|INVOICE|2026-10|2026-11-20|582.95||");
        assertThat(inForce).extracting(r -> r.split("\\|")[0]).containsExactly("INV-2026-000002", "INV-2026-000003",
                "INV-2026-000004", "INV-2026-000005", "INV-2026-000006", "INV-2026-000007", "INV-2026-000009");
    }

    /** The ```sql blocks of the README's "SQL for finance" section, in order. */
    private static List<String> readmeQueries() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## SQL for finance");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> queries = new ArrayList<>();
        Matcher block = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (block.find()) {
            queries.add(block.group(1).strip());
        }
        return queries;
    }

    /** Each row as its columns joined by '|'. */
    private static List<String> rows(JdbcTemplate jdbc, String sql) {
        return jdbc.query(sql, (rs, n) -> {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                cells.add(value instanceof BigDecimal d ? d.setScale(2).toPlainString() : String.valueOf(value));
            }
            return String.join("|", cells);
        });
    }
}
