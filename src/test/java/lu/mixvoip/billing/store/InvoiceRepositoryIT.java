package lu.mixvoip.billing.store;

import static lu.mixvoip.billing.store.IssuedInvoices.OCTOBER;
import static lu.mixvoip.billing.store.IssuedInvoices.awkwardLines;
import static lu.mixvoip.billing.store.IssuedInvoices.eur;
import static lu.mixvoip.billing.store.IssuedInvoices.issued;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/** An issued invoice reads back equal to what was stored, on every path: re-bills compare them with equals(). */
class InvoiceRepositoryIT {
    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Store.class)
    void invoicesReadBackWithTheirLinesExactly(Store store) {
        InvoiceRepository invoices = migrated(store);
        IssuedInvoice schmit = issued("INV-2026-000001", "C001", awkwardLines());
        IssuedInvoice noLines = issued("INV-2026-000002", "C002", List.of());
        invoices.save(1, 0, schmit);
        invoices.save(1, 0, noLines);

        assertThat(invoices.withNumbers(List.of("INV-2026-000001", "INV-2026-000002")))
                .containsExactly(schmit, noLines);
        assertThat(invoices.inForce(OCTOBER, "C001")).contains(schmit);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aCreditNoteReadsBackWithTheWholeInvoiceItCancels(Store store) {
        InvoiceRepository invoices = migrated(store);
        IssuedInvoice schmit = issued("INV-2026-000001", "C001", awkwardLines());
        IssuedInvoice other = issued("INV-2026-000002", "C002", awkwardLines().subList(0, 1));
        invoices.save(1, 0, schmit);
        invoices.save(1, 0, other);
        CreditNote first = new CreditNote("CN-2026-000001", LocalDate.of(2026, 11, 20), schmit);
        CreditNote second = new CreditNote("CN-2026-000002", LocalDate.of(2026, 11, 21), other);
        invoices.saveCreditNote(2, 1, second);
        invoices.saveCreditNote(2, 1, first);

        assertThat(invoices.creditNotes(List.of("CN-2026-000001", "CN-2026-000002")))
                .containsExactly(first, second);
        assertThat(invoices.inForce(OCTOBER, "C001")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theMonthInForceReadsAsHeadersInNumberOrderAndAsTotals(Store store) {
        InvoiceRepository invoices = migrated(store);
        IssuedInvoice third = issued("INV-2026-000003", "C001", awkwardLines());
        IssuedInvoice first = issued("INV-2026-000001", "C002", awkwardLines().subList(0, 2));
        IssuedInvoice cancelled = issued("INV-2026-000002", "C003", awkwardLines());
        invoices.save(1, 0, third);
        invoices.save(1, 0, first);
        invoices.save(1, 0, cancelled);
        invoices.saveCreditNote(2, 1, new CreditNote("CN-2026-000001", LocalDate.of(2026, 11, 20), cancelled));

        List<IssuedInvoice> headers = new ArrayList<>();
        invoices.inForceHeaders(OCTOBER, headers::add);

        assertThat(headers).extracting(IssuedInvoice::number).containsExactly("INV-2026-000001", "INV-2026-000003");
        assertThat(headers).allSatisfy(header -> assertThat(header.invoice().lines()).isEmpty());
        assertThat(headers.get(1)).usingRecursiveComparison().ignoringFields("invoice.lines").isEqualTo(third);
        assertThat(invoices.inForceTotals(OCTOBER)).isEqualTo(
                new InvoiceRepository.InForceTotals(2, eur("762.86"), eur("892.54"), 6));
        assertThat(invoices.inForceTotals(OCTOBER.plusMonths(1))).isEqualTo(
                new InvoiceRepository.InForceTotals(0, eur("0.00"), eur("0.00"), 0));
    }

    private InvoiceRepository migrated(Store store) {
        DataSource db = store.dataSource(work);
        Schema.migrate(store, db);
        return new InvoiceRepository(new JdbcTemplate(db));
    }
}
