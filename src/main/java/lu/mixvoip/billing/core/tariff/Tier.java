package lu.mixvoip.billing.core.tariff;

import java.util.List;
import java.util.Optional;

/**
 * A support contract level; {@link #NONE} rates customers without an active contract. {@link #MANAGED} is a managed
 * IT contract (billing-rules §14): its fee is the contract's own and its interventions are included, so the tariff
 * has neither a fee nor hourly rates for it.
 */
public enum Tier {
    NONE, STANDARD, OFFICE, ENTERPRISE, MANAGED;

    private static final List<Tier> WITH_HOURLY_RATES = List.of(NONE, STANDARD, OFFICE, ENTERPRISE);
    private static final List<Tier> WITH_TARIFF_FEE = List.of(STANDARD, OFFICE, ENTERPRISE);

    /** The tiers the tariff gives hourly rates for (every version, every skill), in declaration order. */
    public static List<Tier> withHourlyRates() {
        return WITH_HOURLY_RATES;
    }

    /** The tiers the tariff gives a monthly fee for, in declaration order. */
    public static List<Tier> withTariffFee() {
        return WITH_TARIFF_FEE;
    }

    /** A contract's tier: the English id or the French name of the provider's page. NONE is not a contract. */
    public static Optional<Tier> ofContract(String name) {
        return switch (Names.normalise(name)) {
            case "STANDARD" -> Optional.of(STANDARD);
            case "OFFICE", "BUREAU" -> Optional.of(OFFICE);
            case "ENTERPRISE", "ENTREPRISES", "ENTREPRISE" -> Optional.of(ENTERPRISE);
            case "MANAGED", "GESTION" -> Optional.of(MANAGED);
            default -> Optional.empty();
        };
    }
}
