package lu.mixvoip.billing.core.tariff;

/** billed = max(minimum, actual rounded up to a multiple of increment). */
public record BillingIncrement(int minimumMinutes, int incrementMinutes) {

    public BillingIncrement {
        if (minimumMinutes < 0) {
            throw new IllegalArgumentException("minimum-minutes must be 0 or more, got " + minimumMinutes);
        }
        if (incrementMinutes < 1) {
            throw new IllegalArgumentException("increment-minutes must be 1 or more, got " + incrementMinutes);
        }
    }

    public long billedMinutes(long actualMinutes) {
        long roundedUp = -Math.floorDiv(-actualMinutes, incrementMinutes) * incrementMinutes;
        return Math.max(minimumMinutes, roundedUp);
    }
}
