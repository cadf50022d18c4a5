package lu.mixvoip.billing.store;

import static lu.mixvoip.billing.store.IssuedInvoices.OCTOBER;
import static lu.mixvoip.billing.store.IssuedInvoices.awkwardLines;
import static lu.mixvoip.billing.store.IssuedInvoices.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * The lines of the invoices already issued survive the schema's moves: V9 packs them from {@code invoice_line} into
 * {@code invoice.lines}, V11 moves that column into {@code invoice_lines}.
 */
class InvoiceLinesMigrationIT {
    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Store.class)
    void invoicesIssuedBeforeVersion9ReadBackWithTheSameLines(Store store) {
        IssuedInvoice schmit = issued("INV-2026-000001", "C001", awkwardLines());
        IssuedInvoice shorter = issued("INV-2026-000002", "C002", awkwardLines().subList(3, 5));
        IssuedInvoice noLines = issued("INV-2026-000003", "C003", List.of());

        JdbcTemplate jdbc = migratedAfterIssuing(store, List.of(schmit, shorter, noLines));

        InvoiceRepository invoices = new InvoiceRepository(jdbc);
        assertThat(invoices.withNumbers(List.of("INV-2026-000001", "INV-2026-000002", "INV-2026-000003")))
                .containsExactly(schmit, shorter, noLines);
        assertThat(invoices.inForce(OCTOBER, "C001")).contains(schmit);
        assertThatThrownBy(() -> jdbc.queryForObject("SELECT COUNT(*) FROM invoice_line", Long.class))
                .hasMessageContaining("invoice_line");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void moreInvoicesAndLinesThanOneBatchOrFetch(Store store) {
        List<IssuedInvoice> issued = IntStream.rangeClosed(1, 1234).mapToObj(n -> issued(
                "INV-2026-%06d".formatted(n), "C%04d".formatted(n), awkwardLines().subList(0, 1 + n % 5))).toList();

        JdbcTemplate jdbc = migratedAfterIssuing(store, issued);

        assertThat(new InvoiceRepository(jdbc).withNumbers(issued.stream().map(IssuedInvoice::number).toList()))
                .isEqualTo(issued);
    }

    /** A fresh database at version 7 with these invoices issued into it, migrated to the latest version. */
    private JdbcTemplate migratedAfterIssuing(Store store, List<IssuedInvoice> invoices) {
        DataSource db = store.dataSource(work);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        Schema.migrate(store, db, "7");
        insertAsVersion7Did(jdbc, invoices);
        Schema.migrate(store, db);
        return jdbc;
    }

    /** The rows of InvoiceRepository.save before version 9, lines in reverse so that only {@code position} orders. */
    private static void insertAsVersion7Did(JdbcTemplate jdbc, List<IssuedInvoice> invoices) {
        List<Object[]> headers = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (IssuedInvoice issued : invoices) {
            Invoice i = issued.invoice();
            Customer c = i.customer();
            headers.add(new Object[] {issued.number(), i.period().toString(), c.id(), c.name(), c.street(),
                    c.postalCode(), c.city(), c.country(), c.vatNumber(), c.email(), c.language().name(),
                    c.travelZone(), i.tier().name(), Date.valueOf(issued.issueDate()), Date.valueOf(issued.dueDate()),
                    i.fees(), i.labour(), i.travel(), i.totalExclVat(), i.vatTreatment().name(), i.vatRate(),
                    i.vat(), i.totalInclVat(), i.interventions(), i.billedMinutes()});
            for (int position = i.lines().size(); position > 0; position--) {
                InvoiceLine l = i.lines().get(position - 1);
                lines.add(new Object[] {issued.number(), position, l.kind().name(), Date.valueOf(l.date()),
                        l.reference(), l.ticket(), l.description(), name(l.tier()), name(l.mode()), name(l.skill()),
                        name(l.timeClass()), l.actualMinutes(), l.quantity(), l.basis(), l.unitRate(), l.amount()});
            }
        }
        jdbc.batchUpdate("INSERT INTO invoice (invoice_number, billing_month, run_id, rebill, customer_id,"
                + " customer_name, street, postal_code, city, country, vat_number, email, language, travel_zone, tier,"
                + " issue_date, due_date, fees, labour, travel, total_excl_vat, vat_treatment, vat_rate, vat,"
                + " total_incl_vat, interventions, billed_minutes)"
                + " VALUES (?, ?, 1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", headers);
        jdbc.batchUpdate("INSERT INTO invoice_line (invoice_number, position, kind, line_date, reference, ticket,"
                + " description, tier, mode, skill, time_class, actual_minutes, quantity, basis, unit_rate, amount)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
