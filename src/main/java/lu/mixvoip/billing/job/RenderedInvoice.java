package lu.mixvoip.billing.job;

/** An invoice's PDF, ready to be written under its number. */
record RenderedInvoice(String number, byte[] pdf) {
}
