package lu.mixvoip.billing.core.tariff;

import java.util.Optional;

/** The kind of work a technician logs; each tier has an hourly rate per skill. */
public enum Skill {
    CABLING, TECHNICIAN, ENGINEER, CONSULTING;

    /** English id or French name of the provider's page (Câblage, Technicien, Ingénieur, Conseil). */
    public static Optional<Skill> parse(String name) {
        return switch (Names.normalise(name)) {
            case "CABLING", "CABLAGE" -> Optional.of(CABLING);
            case "TECHNICIAN", "TECHNICIEN" -> Optional.of(TECHNICIAN);
            case "ENGINEER", "INGENIEUR" -> Optional.of(ENGINEER);
            case "CONSULTING", "CONSEIL" -> Optional.of(CONSULTING);
            default -> Optional.empty();
        };
    }
}
