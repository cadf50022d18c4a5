package lu.mixvoip.billing.core.invoice;

import java.time.LocalDate;

/**
 * An invoice with its number and dates: a legal document, never changed once issued. {@code replaces}: on a
 * re-bill's new invoice, the invoice it replaces and the credit note that cancelled it; null otherwise.
 */
public record IssuedInvoice(String number, LocalDate issueDate, LocalDate dueDate, Invoice invoice,
                            Replacement replaces) {

    /** An invoice that replaces none. */
    public IssuedInvoice(String number, LocalDate issueDate, LocalDate dueDate, Invoice invoice) {
        this(number, issueDate, dueDate, invoice, null);
    }

    /** What a re-bill's new invoice replaces: the cancelled invoice's number and its credit note's. */
    public record Replacement(String invoiceNumber, String creditNoteNumber) {
    }
}
