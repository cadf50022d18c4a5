package lu.mixvoip.billing.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.store.DocumentNumbers;

/**
 * Numbers a chunk's documents: a credit note for each invoice in force that changed or is gone, a new invoice for
 * each changed or new customer, each kind with the next numbers of its gapless sequence for the year of issue, in
 * ascending customer id. The numbers are reserved in the chunk's transaction: a chunk rolled back gives them back,
 * and redone gives the same numbers to the same customers.
 */
public class DocumentNumbering {
    public static final String INVOICE_PREFIX = "INV";
    public static final String CREDIT_NOTE_PREFIX = "CN";

    private final DocumentNumbers numbers;
    private final LocalDate issueDate;
    private final int paymentDays;

    DocumentNumbering(DocumentNumbers numbers, LocalDate issueDate, int paymentDays) {
        this.numbers = numbers;
        this.issueDate = issueDate;
        this.paymentDays = paymentDays;
    }

    IssuedDocuments number(List<ReconciledMonth> months) {
        int creditNotes = (int) months.stream().filter(m -> m.reconciliation().cancelsInForce()).count();
        int invoices = (int) months.stream().filter(m -> m.reconciliation().issuesInvoice()).count();
        DocumentNumbers.Block creditNoteNumbers = numbers.reserve(CREDIT_NOTE_PREFIX, issueDate.getYear(), creditNotes);
        DocumentNumbers.Block invoiceNumbers = numbers.reserve(INVOICE_PREFIX, issueDate.getYear(), invoices);
        List<CreditNote> notes = new ArrayList<>();
        List<IssuedInvoice> issued = new ArrayList<>();
        for (ReconciledMonth month : months) {
            CreditNote note = null;
            if (month.reconciliation().cancelsInForce()) {
                note = new CreditNote(creditNoteNumbers.next(), issueDate, month.inForce().orElseThrow());
                notes.add(note);
            }
            if (month.reconciliation().issuesInvoice()) {
                // A new invoice that follows a credit note replaces the invoice it cancelled, and says so.
                IssuedInvoice.Replacement replaces = note == null ? null
                        : new IssuedInvoice.Replacement(note.cancelled().number(), note.number());
                issued.add(new IssuedInvoice(invoiceNumbers.next(), issueDate, issueDate.plusDays(paymentDays),
                        month.rated().billing().invoice().orElseThrow(), replaces));
            }
        }
        return new IssuedDocuments(months, notes, issued);
    }
}
