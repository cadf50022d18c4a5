package lu.mixvoip.billing.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.store.DocumentRepository;

/**
 * What a message says of an issued document: its number and kind ({@code INVOICE}, {@code CREDIT_NOTE}), its
 * customer as printed, dates and total; {@code dueDate} is null for a credit note, {@code cancels} for an invoice.
 */
record MailedDocument(String number, String type, String customerId, String customerName, Language language,
                      YearMonth month, LocalDate issueDate, LocalDate dueDate, BigDecimal totalInclVat,
                      String cancels) {

    boolean creditNote() {
        return DocumentRepository.CREDIT_NOTE.equals(type);
    }

    /** The folder of the month's output where its files are. */
    String folder() {
        return creditNote() ? "credit-notes" : "invoices";
    }
}
