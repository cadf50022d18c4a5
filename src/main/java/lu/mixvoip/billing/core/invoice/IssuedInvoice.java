package lu.mixvoip.billing.core.invoice;

import java.time.LocalDate;

/** An invoice with its number and dates: a legal document, never changed once issued. */
public record IssuedInvoice(String number, LocalDate issueDate, LocalDate dueDate, Invoice invoice) {
}
