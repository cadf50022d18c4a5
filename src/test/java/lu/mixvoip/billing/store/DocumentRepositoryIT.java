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

/**
 * Issued documents are plain rows that read back equal to what was stored, on every path (re-bills compare them with
 * equals()); a credit note's own rows hold the cancelled invoice's lines negated.
 */
class DocumentRepositoryIT {
    private static final LocalDate REBILLED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path work;
    DataSource db;

    @ParameterizedTest
    @EnumSource(Store.class)
    void invoicesReadBackWithTheirLinesExactly(Store store) {
        DocumentRepository documents = migrated(store);
        IssuedInvoice schmit = issued("INV-2026-000001", "C001", awkwardLines());
        IssuedInvoice noLines = issued("INV-2026-000002", "C002", List.of());
        documents.save(1, 0, List.of(), List.of(schmit, noLines));

        assertThat(documents.invoices(List.of("INV-2026-000001", "INV-2026-000002"))).containsExactly(schmit, noLines);
        assertThat(documents.inForce(OCTOBER, "C001", "C002")).containsEntry("C001", schmit)
                .containsEntry("C002", noLines).hasSize(2);
        assertThat(documents.inForce(OCTOBER, "C002", "C009")).containsOnlyKeys("C002");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aCreditNoteIsStoredWithItsLinesNegatedAndReadsBackWithTheInvoiceItCancels(Store store) {
        DocumentRepository documents = migrated(store);
        IssuedInvoice schmit = issued("INV-2026-000001", "C001", awkwardLines());
        IssuedInvoice other = issued("INV-2026-000002", "C002", awkwardLines().subList(0, 1));
        documents.save(1, 0, List.of(), List.of(schmit, other));
        CreditNote first = new CreditNote("CN-2026-000001", REBILLED, schmit);
        CreditNote second = new CreditNote("CN-2026-000002", REBILLED.plusDays(1), other);
        documents.save(2, 1, List.of(second, first), List.of());

        assertThat(documents.creditNotes(List.of("CN-2026-000002", "CN-2026-000001"))).containsExactly(first, second);
        assertThat(documents.inForce(OCTOBER, "C001", "C002")).isEmpty();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThat(jdbc.queryForList("SELECT amount FROM document_line WHERE document_number = 'CN-2026-000001'"
                + " ORDER BY position", java.math.BigDecimal.class)).containsExactly(eur("-143.68"), eur("-72.00"),
                eur("-65.25"), eur("-55.50"), eur("0.00"), eur("-45.00"));
        assertThat(jdbc.queryForObject("SELECT total_incl_vat FROM document WHERE document_number = 'CN-2026-000001'",
                java.math.BigDecimal.class)).isEqualByComparingTo("-446.27");
        assertThat(jdbc.queryForObject("SELECT cancels FROM document WHERE document_number = 'CN-2026-000001'",
                String.class)).isEqualTo("INV-2026-000001");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void eachKindOfLineFillsItsOwnColumns(Store store) {
        DocumentRepository documents = migrated(store);
        documents.save(1, 0, List.of(), List.of(issued("INV-2026-000001", "C001", awkwardLines())));

        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThat(jdbc.queryForList("SELECT kind || ' ' || COALESCE(contract_id, '-') || ' '"
                + " || COALESCE(intervention_id, '-') || ' ' || COALESCE(travel_zone, '-') || ' '"
                + " || COALESCE(CAST(active_days AS VARCHAR(9)), '-') || '/' || COALESCE(CAST(days_in_month AS"
                + " VARCHAR(9)), '-') || ' ' || COALESCE(CAST(billed_minutes AS VARCHAR(9)), '-') || ' '"
                + " || COALESCE(tier, '-') || ' ' || CASE WHEN included THEN 'included' ELSE 'charged' END"
                + " FROM document_line ORDER BY position", String.class)).containsExactly(
                "FEE CT-0042 - - 17/31 - OFFICE charged",
                "LABOUR - I-1001 - -/- 45 OFFICE charged",
                "LABOUR - I-1002 - -/- 30 NONE charged",
                "LABOUR - I-1003 - -/- 15 OFFICE charged",
                "LABOUR - I-1004 - -/- 60 MANAGED included",
                "TRAVEL - - 1 -/- - - charged");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theMonthInForceReadsAsHeadersInNumberOrderAndAsTotals(Store store) {
        DocumentRepository documents = migrated(store);
        IssuedInvoice third = issued("INV-2026-000003", "C001", awkwardLines());
        IssuedInvoice first = issued("INV-2026-000001", "C002", awkwardLines().subList(0, 2));
        IssuedInvoice cancelled = issued("INV-2026-000002", "C003", awkwardLines());
        documents.save(1, 0, List.of(), List.of(third, first, cancelled));
        documents.save(2, 1, List.of(new CreditNote("CN-2026-000001", REBILLED, cancelled)), List.of());

        List<IssuedInvoice> headers = new ArrayList<>();
        documents.inForceHeaders(OCTOBER, headers::add);

        assertThat(headers).extracting(IssuedInvoice::number).containsExactly("INV-2026-000001", "INV-2026-000003");
        assertThat(headers).allSatisfy(header -> assertThat(header.invoice().lines()).isEmpty());
        assertThat(headers.get(1)).usingRecursiveComparison().ignoringFields("invoice.lines").isEqualTo(third);
        assertThat(documents.inForceTotals(OCTOBER)).isEqualTo(
                new DocumentRepository.InForceTotals(2, eur("762.86"), eur("892.54"), 6));
        assertThat(documents.inForceTotals(OCTOBER.plusMonths(1))).isEqualTo(
                new DocumentRepository.InForceTotals(0, eur("0.00"), eur("0.00"), 0));
        assertThat(documents.adjustments(OCTOBER)).extracting(DocumentRepository.Adjustment::number)
                .containsExactly("CN-2026-000001");
        assertThat(documents.addresseesOfMonth(OCTOBER, DocumentRepository.INVOICE, "INV-2026-000001", 10))
                .extracting(DocumentRepository.Addressee::number).containsExactly("INV-2026-000002", "INV-2026-000003");
        assertThat(documents.countOfRun(1, DocumentRepository.INVOICE)).isEqualTo(3);
    }

    private DocumentRepository migrated(Store store) {
        db = store.dataSource(work);
        Schema.migrate(store, db);
        return new DocumentRepository(new JdbcTemplate(db));
    }
}
