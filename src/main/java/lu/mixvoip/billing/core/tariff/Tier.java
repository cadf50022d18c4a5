package lu.mixvoip.billing.core.tariff;

import java.util.Optional;

/** A support contract level; {@link #NONE} rates customers without an active contract. */
public enum Tier {
    NONE, STANDARD, OFFICE, ENTERPRISE;

    /** A contract's tier: the English id or the French name of the provider's page. NONE is not a contract. */
    public static Optional<Tier> ofContract(String name) {
        return switch (Names.normalise(name)) {
            case "STANDARD" -> Optional.of(STANDARD);
            case "OFFICE", "BUREAU" -> Optional.of(OFFICE);
            case "ENTERPRISE", "ENTREPRISES", "ENTREPRISE" -> Optional.of(ENTERPRISE);
            default -> Optional.empty();
        };
    }
}
