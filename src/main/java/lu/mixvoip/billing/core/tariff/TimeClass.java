package lu.mixvoip.billing.core.tariff;

/** When a minute of work falls; each class has a rate multiplier in the tariff. */
public enum TimeClass {
    NORMAL, OFF_HOURS, SUNDAY_HOLIDAY
}
