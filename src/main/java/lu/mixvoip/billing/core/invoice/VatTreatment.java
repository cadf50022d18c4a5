package lu.mixvoip.billing.core.invoice;

/** How VAT applies to one customer (billing-rules §7). */
public enum VatTreatment {
    DOMESTIC, EU_NO_VAT_NUMBER, REVERSE_CHARGE, OUTSIDE_EU;

    /** The legal mention printed on the invoice, or null when there is none. */
    public String mention() {
        return switch (this) {
            case REVERSE_CHARGE -> "Autoliquidation / Reverse charge — art. 196 Directive 2006/112/CE";
            case OUTSIDE_EU -> "Hors champ de la TVA UE / Outside the scope of EU VAT";
            default -> null;
        };
    }
}
