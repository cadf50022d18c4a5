package lu.mixvoip.billing.pdf;

/**
 * Which document the invoice layout prints: the invoice itself, or a credit note cancelling one. The layout classes
 * are the same for both; only the few texts below (and the blocks {@link InvoiceHeading} and {@link TotalsBlock}
 * switch on the kind) differ.
 */
enum DocumentKind {
    INVOICE, CREDIT_NOTE;

    /** "Facture" / "Note de crédit", as the heading (upper-cased) and the PDF title show it. */
    String title(InvoiceLabels labels) {
        return pick(labels.title(), labels.creditNoteTitle());
    }

    String numberLabel(InvoiceLabels labels) {
        return pick(labels.invoiceNumber(), labels.creditNoteNumber());
    }

    String issueDateLabel(InvoiceLabels labels) {
        return pick(labels.issueDate(), labels.creditNoteDate());
    }

    /** The caption above the customer's address. */
    String recipientLabel(InvoiceLabels labels) {
        return pick(labels.billTo(), labels.creditTo());
    }

    /** The running head of pages 2 and later: "Facture INV-… (suite)", "Note de crédit CN-… (suite)". */
    String continued(InvoiceLabels labels, String number) {
        return labels.continued(title(labels), number);
    }

    private String pick(String invoice, String creditNote) {
        return this == INVOICE ? invoice : creditNote;
    }
}
