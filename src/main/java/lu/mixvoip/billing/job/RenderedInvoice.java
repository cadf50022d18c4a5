package lu.mixvoip.billing.job;

/** A document's PDF (invoice or credit note), ready to be written under its number. */
record RenderedInvoice(String number, byte[] pdf) {
}
