package lu.mixvoip.billing.staging;

import static lu.mixvoip.billing.store.IssuedInvoices.OCTOBER;
import static lu.mixvoip.billing.store.IssuedInvoices.awkwardLines;
import static lu.mixvoip.billing.store.IssuedInvoices.issued;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.Rejection;
import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.Schema;

/**
 * A month staged in blocks per range of customers reads back customer by customer, in ascending id, with every row
 * and source line as loaded (across ranges, pages and the text a row may hold), and with its invoice in force: the
 * issue step's writer never reads the store.
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
        JdbcTemplate jdbc = migrated(store);
        stage(jdbc, 1);

        List<StagedMonth> read = readAll(jdbc, 1);

        List<String> expected = new ArrayList<>();
        for (int n = 0; n < BILLABLE_BELOW; n++) {
            if (n % 3 == 0 || n % 5 == 0 || n % 7 == 1) {
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
        assertThat(awkward.inForce()).isEmpty();
        StagedMonth ticketsOnly = read.stream().filter(m -> m.customerId().equals("C071")).findFirst().orElseThrow();
        assertThat(ticketsOnly.month().contracts()).isEmpty();
        assertThat(ticketsOnly.month().tickets()).containsExactly(ticket(71));
        assertThat(ticketsOnly.lineOf(Rejection.ticket("T071", "why"))).isEqualTo(9071L);
        assertThat(staging(jdbc).countCustomersWithRows(1)).isEqualTo(expected.size());
    }

    /** As the issue step does: each page's last customer releases the ranges up to it, which are never read again. */
    @ParameterizedTest
    @EnumSource(Store.class)
    void rangesReleasedBehindThePagesLeaveTheRestToReadAndNothingAtTheEnd(Store store) {
        JdbcTemplate jdbc = migrated(store);
        stage(jdbc, 1);
        List<StagedMonth> expected = readAll(jdbc, 1);
        StagingRepository staging = staging(jdbc);

        List<Long> rangesLeft = new ArrayList<>();
        List<StagedMonth> read = readAll(jdbc, 1, lastOfPage -> {
            staging.releaseRangesThrough(1, lastOfPage);
            rangesLeft.add(jdbc.queryForObject("SELECT COUNT(*) FROM staged_range WHERE run_id = 1", Long.class));
        });

        assertThat(read).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected);
        // Ranges with rows: C000-C099 and C100-C199 (C200-C249 have none). Pages end at C070, C099, C171, C198: the
        // first range goes with C099; the second ends with C199, who has no rows, so it stays for the run's clean-up.
        assertThat(rangesLeft).containsExactly(2L, 1L, 1L, 1L);
        assertThat(jdbc.queryForList("SELECT DISTINCT range_no FROM staged_block WHERE run_id = 1 ORDER BY range_no",
                Integer.class)).as("the first range's blocks gone, the others' kept").containsExactly(1, 2);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void eachCustomerComesWithItsInvoiceInForceAndItsLines(Store store) {
        JdbcTemplate jdbc = migrated(store);
        DocumentRepository documents = new DocumentRepository(jdbc);
        IssuedInvoice c105 = issued("INV-2026-000001", "C105", awkwardLines());
        IssuedInvoice c107 = issued("INV-2026-000002", "C107", awkwardLines());
        documents.save(1, 0, List.of(), List.of(c105, c107));
        documents.save(1, 1, List.of(new CreditNote("CN-2026-000001", LocalDate.of(2026, 11, 20), c107)), List.of());
        stage(jdbc, 2);

        List<StagedMonth> read = readAll(jdbc, 2);

        assertThat(read.stream().filter(m -> m.customerId().equals("C105")).findFirst().orElseThrow().inForce())
                .contains(c105);
        assertThat(read).extracting(StagedMonth::customerId).as("no rows, its invoice cancelled").doesNotContain("C107");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aCustomerWithAnInvoiceInForceButNothingLeftToBillIsReadAsItsInvoiceShowsIt(Store store) {
        JdbcTemplate jdbc = migrated(store);
        DocumentRepository documents = new DocumentRepository(jdbc);
        IssuedInvoice staged = issued("INV-2026-000001", "C230", awkwardLines());
        IssuedInvoice gone = issued("INV-2026-000002", "C999", awkwardLines());
        documents.save(1, 0, List.of(), List.of(staged, gone));
        stage(jdbc, 2);

        List<StagedMonth> read = readAll(jdbc, 2);

        // C230 is staged but has no rows (a range with nothing to bill), C999 is no longer in the input: a re-bill
        // cancels both invoices, taken as they show the customers.
        assertThat(read.subList(read.size() - 2, read.size())).extracting(StagedMonth::customerId)
                .containsExactly("C230", "C999");
        for (StagedMonth month : read.subList(read.size() - 2, read.size())) {
            assertThat(month.month().contracts()).isEmpty();
            assertThat(month.month().interventions()).isEmpty();
            assertThat(month.month().customer()).isEqualTo(month.inForce().orElseThrow().invoice().customer());
        }
    }

    private JdbcTemplate migrated(Store store) {
        DataSource db = store.dataSource(work);
        Schema.migrate(store, db);
        return new JdbcTemplate(db);
    }

    private static StagingRepository staging(JdbcTemplate jdbc) {
        return new StagingRepository(jdbc, new DocumentRepository(jdbc));
    }

    /** The month as a load hands it over: customers in descending id (not the order read back), then rows. */
    private static void stage(JdbcTemplate jdbc, long runId) {
        StagingWriter writer = staging(jdbc).writer(runId, TransactionOperations.withoutTransaction());
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
        for (int n = 1; n < BILLABLE_BELOW; n += 7) {
            writer.ticket(ticket(n), 9000L + n);
        }
        writer.flush();
    }

    private static List<StagedMonth> readAll(JdbcTemplate jdbc, long runId) {
        return readAll(jdbc, runId, lastOfPage -> { });
    }

    /** Every staged month of the run, in pages of 40; {@code afterPage} gets each page's last customer. */
    private static List<StagedMonth> readAll(JdbcTemplate jdbc, long runId, Consumer<String> afterPage) {
        StagingRepository staging = staging(jdbc);
        List<StagedMonth> all = new ArrayList<>();
        String after = "";
        for (List<StagedMonth> page = staging.nextCustomerMonths(runId, OCTOBER, after, 40);
             !page.isEmpty(); page = staging.nextCustomerMonths(runId, OCTOBER, after, 40)) {
            all.addAll(page);
            after = page.get(page.size() - 1).customerId();
            afterPage.accept(after);
        }
        return all;
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

    /** A ticket of the month, answered or not, with a first intervention or none. */
    private static TicketOfMonth ticket(int n) {
        ZonedDateTime reported = ZonedDateTime.of(2026, 10, 1 + n % 28, 9, 30, 0, 0, LuxembourgCalendar.ZONE);
        return new TicketOfMonth(new Ticket("T%03d".formatted(n), id(n), reported,
                n % 2 == 0 ? null : reported.plusMinutes(20)), n % 3 == 0 ? null : reported.plusHours(2));
    }

    private static long interventionLine(int n, int k) {
        return 5000L + 2 * n + k;
    }
}
