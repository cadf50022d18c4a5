package lu.mixvoip.billing.issue;

import java.util.List;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * A chunk's customers with the documents numbered for them: credit notes cancelling changed invoices and new
 * invoices, each in ascending customer id.
 */
record IssuedDocuments(List<ReconciledMonth> months, List<CreditNote> creditNotes, List<IssuedInvoice> invoices) {
}
