package lu.mixvoip.billing.core.invoice;

import java.util.Optional;

/**
 * What billing a customer's month again means, given the invoice in force and what the data gives now
 * (compared by content: lines, totals, the customer data printed on it; never by dates or numbers).
 */
public enum Reconciliation {
    /** Nothing was and nothing is billable. */
    NOTHING,
    /** The invoice in force is what the data gives: leave it. */
    UNCHANGED,
    /** Newly billable: a new invoice. */
    NEW,
    /** Different now: a credit note cancels the invoice in force, and a new invoice replaces it. */
    CHANGED,
    /** No longer billable: a credit note cancels the invoice in force. */
    GONE;

    public static Reconciliation of(Optional<Invoice> inForce, Optional<Invoice> now) {
        if (inForce.isEmpty()) {
            return now.isEmpty() ? NOTHING : NEW;
        }
        if (now.isEmpty()) {
            return GONE;
        }
        return inForce.get().equals(now.get()) ? UNCHANGED : CHANGED;
    }

    public boolean cancelsInForce() {
        return this == CHANGED || this == GONE;
    }

    public boolean issuesInvoice() {
        return this == CHANGED || this == NEW;
    }
}
