package lu.mixvoip.billing.pdf;

import java.time.LocalDate;
import java.util.Objects;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * What the layout classes print: a document's kind, number and issue date, the lines and totals it shows, and the
 * issued invoice it is (an invoice) or cancels (a credit note, whose {@code content} is that invoice negated).
 */
record BilledDocument(DocumentKind kind, String number, LocalDate issueDate, Invoice content, IssuedInvoice invoice) {

    BilledDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(invoice, "invoice");
    }

    static BilledDocument of(IssuedInvoice invoice) {
        return new BilledDocument(DocumentKind.INVOICE, invoice.number(), invoice.issueDate(), invoice.invoice(),
                invoice);
    }

    static BilledDocument of(CreditNote note) {
        Objects.requireNonNull(note.cancelled(), "cancelled invoice");
        return new BilledDocument(DocumentKind.CREDIT_NOTE, note.number(), note.issueDate(), note.negated(),
                note.cancelled());
    }

    /** On a re-bill's new invoice, what it replaces; null otherwise (and on every credit note). */
    IssuedInvoice.Replacement replaces() {
        return isCreditNote() ? null : invoice.replaces();
    }

    boolean isCreditNote() {
        return kind == DocumentKind.CREDIT_NOTE;
    }

    String title(InvoiceLabels labels) {
        return kind.title(labels);
    }
}
