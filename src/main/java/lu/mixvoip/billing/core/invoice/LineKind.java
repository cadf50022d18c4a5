package lu.mixvoip.billing.core.invoice;

/** What an invoice line bills, in the order the lines are printed. */
public enum LineKind {
    FEE, LABOUR, TRAVEL
}
