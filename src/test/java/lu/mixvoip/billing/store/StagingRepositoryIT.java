package lu.mixvoip.billing.store;

import static lu.mixvoip.billing.store.IssuedInvoices.OCTOBER;
import static lu.mixvoip.billing.store.IssuedInvoices.awkwardLines;
import static lu.mixvoip.billing.store.IssuedInvoices.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.Rejection;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * A month staged in blocks per range of customers reads back customer by customer, in ascending id, with every row
 * and source line as loaded: across ranges, pages and the text a row may hold. Also what V12_2 carries over from a
 * run staged one row per customer and contract before it.
 */
class StagingRepositoryIT {
    /** Three ranges of a hundred; the third has nothing to bill. */
    private static final int CUSTOMERS = 250;
    private static final int BILLABLE_BELOW = 200;

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Store.class)
    void aStagedMonthReadsBackCustomerByCustomerWithItsRowsAndLines(Store store) {
        JdbcTemplate jdbc = migrated(store, "latest");
        stage(jdbc, 1);

        List<StagedMonth> read = readAll(jdbc, 1);

        List<String> expected = new ArrayList<>();
        for (int n = 0; n < BILLABLE_BELOW; n++) {
            if (n % 3 == 0 || n % 5 == 0) {
                expected.add(id(n));
            }
        }
        assertThat(read).extracting(StagedMonth::customerId).isEqualTo(expected);
        StagedMonth awkward = read.stream().filter(m -> m.customerId().equals("C105")).findFirst().orElseThrow();
        assertThat(awkward.month().customer()).isEqualTo(customer(105));
        assertThat(awkward.month().contracts()).containsExactly(contract(105, 0), contract(105, 1));
        assertThat(awkward.month().interventions()).containsExactly(intervention(105, 0), intervention(105, 1));
        assertThat(awkward.lineOf(Rejection.contract("K105-1", "overlap"))).isEqualTo(contractLine(105, 1));
        assertThat(awkward.lineOf(Rejection.intervention("I105-1", "why"))).isEqualTo(interventionLine(105, 1));
        assertThat(new StagingRepository(jdbc).countBillableCustomers(1)).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aCustomerWithAnInvoiceInForceButNothingLeftToBillIsReadFromItsRange(Store store) {
        JdbcTemplate jdbc = migrated(store, "latest");
        InvoiceRepository invoices = new InvoiceRepository(jdbc);
        invoices.save(1, 0, issued("INV-2026-000001", "C230", awkwardLines()));
        invoices.save(1, 0, issued("INV-2026-000002", "C999", awkwardLines()));
        stage(jdbc, 2);

        List<StagedMonth> read = readAll(jdbc, 2);

        // C230 is staged (in the range with nothing to bill): as staged now; C999 is gone: as its invoice shows it.
        StagedMonth staged = read.get(read.size() - 2);
        assertThat(staged.month().customer()).isEqualTo(customer(230));
        assertThat(staged.month().contracts()).isEmpty();
        assertThat(staged.month().interventions()).isEmpty();
        assertThat(read.get(read.size() - 1).month().customer())
                .isEqualTo(issued("INV-2026-000002", "C999", awkwardLines()).invoice().customer());
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aRunStagedRowByRowBeforeVersion12ReadsBackTheSameAfterIt(Store store) {
        JdbcTemplate jdbc = migrated(store, "12.1");
        stage(jdbc, 1);
        restageRowByRowAsBeforeVersion12(jdbc, 1);

        Schema.migrate(store, jdbc.getDataSource());
        stage(jdbc, 2);

        List<StagedMonth> carriedOver = readAll(jdbc, 1);
        List<StagedMonth> stagedNow = readAll(jdbc, 2);
        assertThat(carriedOver).hasSize(stagedNow.size());
        for (int i = 0; i < carriedOver.size(); i++) {
            assertThat(carriedOver.get(i).month()).isEqualTo(stagedNow.get(i).month());
            for (Contract c : stagedNow.get(i).month().contracts()) {
                assertThat(carriedOver.get(i).lineOf(Rejection.contract(c.id(), "")))
                        .isEqualTo(stagedNow.get(i).lineOf(Rejection.contract(c.id(), "")));
            }
        }
        assertThatThrownBy(() -> jdbc.queryForObject("SELECT COUNT(*) FROM staged_customer", Long.class))
                .hasMessageContaining("staged_customer");
    }

    private JdbcTemplate migrated(Store store, String version) {
        DataSource db = store.dataSource(work);
        Schema.migrate(store, db, version);
        return new JdbcTemplate(db);
    }

    /** The month as a load hands it over: customers in descending id (not the order read back), then rows. */
    private static void stage(JdbcTemplate jdbc, long runId) {
        StagingWriter writer = new StagingRepository(jdbc).writer(runId, TransactionOperations.withoutTransaction());
        for (int n = CUSTOMERS - 1; n >= 0; n--) {
            writer.customer(customer(n), (long) n + 2);
        }
        for (int n = 0; n < BILLABLE_BELOW; n += 3) {
            for (int k = 0; k < (n % 15 == 0 ? 2 : 1); k++) {
                writer.contract(contract(n, k), contractLine(n, k));
            }
        }
        for (int n = BILLABLE_BELOW - 1; n >= 0; n--) {
            if (n % 5 == 0) {
                for (int k = 0; k < 2; k++) {
                    writer.intervention(intervention(n, k), interventionLine(n, k));
                }
            }
        }
        writer.flush();
    }

    private static List<StagedMonth> readAll(JdbcTemplate jdbc, long runId) {
        StagingRepository staging = new StagingRepository(jdbc);
        InvoiceRepository invoices = new InvoiceRepository(jdbc);
        List<StagedMonth> all = new ArrayList<>();
        String after = "";
        for (List<StagedMonth> page = staging.nextCustomerMonths(runId, OCTOBER, after, 40, invoices);
             !page.isEmpty(); page = staging.nextCustomerMonths(runId, OCTOBER, after, 40, invoices)) {
            all.addAll(page);
            after = page.get(page.size() - 1).customerId();
        }
        return all;
    }

    /** What the writer staged for a run, moved into the one-row-per-customer-and-contract tables of version 11. */
    private static void restageRowByRowAsBeforeVersion12(JdbcTemplate jdbc, long runId) {
        jdbc.update("DELETE FROM staged_customer_block WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM staged_contract_block WHERE run_id = ?", runId);
        for (int n = 0; n < CUSTOMERS; n++) {
            Customer c = customer(n);
            jdbc.update("INSERT INTO staged_customer (run_id, customer_id, line, name, street, postal_code, city,"
                    + " country, vat_number, email, language, travel_zone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    runId, c.id(), n + 2, c.name(), c.street(), c.postalCode(), c.city(), c.country(), c.vatNumber(),
                    c.email(), c.language().name(), c.travelZone());
        }
        for (int n = 0; n < BILLABLE_BELOW; n += 3) {
            for (int k = 0; k < (n % 15 == 0 ? 2 : 1); k++) {
                Contract c = contract(n, k);
                jdbc.update("INSERT INTO staged_contract (run_id, contract_id, customer_id, line, tier, start_date,"
                        + " end_date) VALUES (?, ?, ?, ?, ?, ?, ?)", runId, c.id(), c.customerId(), contractLine(n, k),
                        c.tier().name(), Date.valueOf(c.startDate()), c.endDate() == null ? null
                                : Date.valueOf(c.endDate()));
            }
        }
    }

    private static String id(int n) {
        return "C%03d".formatted(n);
    }

    /** Every seventh customer's text holds what the packing escapes; every other one has no VAT number or zone. */
    private static Customer customer(int n) {
        boolean awkward = n % 7 == 0;
        return new Customer(id(n), awkward ? "Schmit\t& Fils \\N S.à r.l." : "Client " + n,
                awkward ? "12, rue de l'Église\nBâtiment B" : n + " rue Neuve", "L-" + (1000 + n),
                awkward ? "\\\\srv\\Esch\r" : "Luxembourg", n % 4 == 0 ? "BE" : "LU",
                n % 2 == 0 ? null : "LU" + (10000000 + n), n % 11 == 0 ? "" : "c" + n + "@example.com",
                Language.values()[n % Language.values().length], n % 2 == 0 ? null : "1");
    }

    private static Contract contract(int n, int k) {
        LocalDate start = LocalDate.of(2026, 1 + k * 9, 1 + n % 20);
        return new Contract("K%03d-%d".formatted(n, k), id(n), Tier.values()[(n + k) % 3], start,
                k == 0 && n % 15 == 0 ? start.plusMonths(9).minusDays(1) : null);
    }

    private static long contractLine(int n, int k) {
        return 1000L + 2 * n + k;
    }

    private static Intervention intervention(int n, int k) {
        ZonedDateTime start = ZonedDateTime.of(2026, 10, 1 + (n + k) % 28, 8 + k, 15, 0, 0, LuxembourgCalendar.ZONE);
        return new Intervention("I%03d-%d".formatted(n, k), id(n), k == 0 ? "T-" + n : "", "jdoe",
                start, start.plusMinutes(25 + n), Mode.values()[k % 2], Skill.values()[n % 4],
                n % 7 == 0 ? "Imprimante\thors ligne\nredémarrée \\\\srv\\print \\N" : "Intervention " + n);
    }

    private static long interventionLine(int n, int k) {
        return 5000L + 2 * n + k;
    }
}
