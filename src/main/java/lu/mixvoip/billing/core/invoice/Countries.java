package lu.mixvoip.billing.core.invoice;

import java.util.Locale;
import java.util.Set;

/** The officially assigned ISO 3166-1 alpha-2 country codes (billing-rules §10): {@code EL} and {@code XX} are not. */
public final class Countries {
    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    /** {@code code} in any case. */
    public static boolean isAssigned(String code) {
        return code != null && ASSIGNED.contains(code.toUpperCase(Locale.ROOT));
    }
}
