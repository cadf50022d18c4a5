package lu.mixvoip.billing.delivery;

import java.util.Locale;

/** Where one message of a document to one recipient stands. */
public enum DeliveryStatus {
    /** To send: never tried, or the last try failed for a reason that may pass (4xx, server down, timeout). */
    PENDING,
    /** Handed to the mail server, its answer not recorded yet. Found at the start of a run: the run was cut off. */
    SENDING,
    /** The server accepted it. */
    SENT,
    /** The server refused it for good (5xx); not tried again. */
    FAILED,
    /** A run was cut off between handing it over and recording the answer: the server may have it. */
    UNKNOWN;

    /** As deliveries.csv shows it. */
    public String shown() {
        return name().toLowerCase(Locale.ROOT);
    }
}
