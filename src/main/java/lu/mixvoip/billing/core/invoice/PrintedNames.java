package lu.mixvoip.billing.core.invoice;

import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * The names of tiers, modes, skills and time classes as a document prints them in the customer's language: the same
 * on the PDF and in the e-invoice. The French ones are the provider's page's.
 */
public final class PrintedNames {
    private final Language language;

    public PrintedNames(Language language) {
        this.language = language == null ? Language.FR : language;
    }

    public String tier(Tier tier) {
        return switch (tier) {
            case NONE -> pick("Sans contrat", "No contract", "Kein Vertrag");
            case STANDARD -> "Standard";
            case OFFICE -> pick("Bureau", "Office", "Büro");
            case ENTERPRISE -> pick("Entreprises", "Enterprise", "Unternehmen");
            case MANAGED -> pick("Gestion informatique", "Managed IT", "IT-Betreuung");
        };
    }

    public String mode(Mode mode) {
        return switch (mode) {
            case REMOTE -> pick("À distance", "Remote", "Fernwartung");
            case ONSITE -> pick("Sur site", "On site", "Vor Ort");
        };
    }

    public String skill(Skill skill) {
        return switch (skill) {
            case CABLING -> pick("Câblage", "Cabling", "Verkabelung");
            case TECHNICIAN -> pick("Technicien", "Technician", "Techniker");
            case ENGINEER -> pick("Ingénieur", "Engineer", "Ingenieur");
            case CONSULTING -> pick("Conseil", "Consulting", "Beratung");
        };
    }

    public String timeClass(TimeClass timeClass) {
        return switch (timeClass) {
            case NORMAL -> pick("Normal", "Normal hours", "Normalzeit");
            case OFF_HOURS -> pick("Heures non ouvrables", "Off hours", "Außerhalb der Geschäftszeiten");
            case SUNDAY_HOLIDAY -> pick("Dimanche & jour férié", "Sunday & public holiday", "Sonn- & Feiertag");
        };
    }

    private String pick(String fr, String en, String de) {
        return switch (language) {
            case FR -> fr;
            case EN -> en;
            case DE -> de;
        };
    }
}
