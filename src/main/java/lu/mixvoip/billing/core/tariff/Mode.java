package lu.mixvoip.billing.core.tariff;

import java.util.Optional;

/** Where the work was done: remote work and on-site visits have their own billing increments. */
public enum Mode {
    REMOTE, ONSITE;

    /** English id or French name (DISTANCE, SUR_SITE). */
    public static Optional<Mode> parse(String name) {
        return switch (Names.normalise(name)) {
            case "REMOTE", "DISTANCE" -> Optional.of(REMOTE);
            case "ONSITE", "ON_SITE", "SUR_SITE", "SURSITE" -> Optional.of(ONSITE);
            default -> Optional.empty();
        };
    }
}
