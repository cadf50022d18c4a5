package lu.mixvoip.billing.core.servicelevel;

import java.util.Locale;

/** Whether a maximum time was kept (billing-rules §15). */
public enum ServiceLevelStatus {
    /** Done within the limit. */
    MET,
    /** Done after the limit, or not done and already past it at the end of the month. */
    BREACHED,
    /** Not done yet, and still within the limit at the end of the month. */
    PENDING;

    /** As written in sla.csv: met, breached, pending. */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A done event is met or breached by its fault-handling minutes; one not done by the end of the month is breached
     * once those minutes exceed the limit, else pending. Exactly at the limit is within it.
     */
    static ServiceLevelStatus of(long minutes, long limitMinutes, boolean done) {
        if (done) {
            return minutes <= limitMinutes ? MET : BREACHED;
        }
        return minutes > limitMinutes ? BREACHED : PENDING;
    }
}
