package lu.mixvoip.billing.core.invoice;

import java.util.Locale;

import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * The names of tiers, modes, skills and time classes, and the texts of lines, as a document prints them in the
 * customer's language: the same on the PDF and in the e-invoice. The French ones are the provider's page's.
 */
public final class PrintedNames {
    private final Language language;

    public PrintedNames(Language language) {
        this.language = language == null ? Language.FR : language;
    }

    public String tier(Tier tier) {
        return switch (tier) {
            case NONE -> language.pick("Sans contrat", "No contract", "Kein Vertrag");
            case STANDARD -> "Standard";
            case OFFICE -> language.pick("Bureau", "Office", "Büro");
            case ENTERPRISE -> language.pick("Entreprises", "Enterprise", "Unternehmen");
            case MANAGED -> language.pick("Gestion informatique", "Managed IT", "IT-Betreuung");
        };
    }

    public String mode(Mode mode) {
        return switch (mode) {
            case REMOTE -> language.pick("À distance", "Remote", "Fernwartung");
            case ONSITE -> language.pick("Sur site", "On site", "Vor Ort");
        };
    }

    public String skill(Skill skill) {
        return switch (skill) {
            case CABLING -> language.pick("Câblage", "Cabling", "Verkabelung");
            case TECHNICIAN -> language.pick("Technicien", "Technician", "Techniker");
            case ENGINEER -> language.pick("Ingénieur", "Engineer", "Ingenieur");
            case CONSULTING -> language.pick("Conseil", "Consulting", "Beratung");
        };
    }

    public String timeClass(TimeClass timeClass) {
        return switch (timeClass) {
            case NORMAL -> language.pick("Normal", "Normal hours", "Normalzeit");
            case OFF_HOURS -> language.pick("Heures non ouvrables", "Off hours", "Außerhalb der Geschäftszeiten");
            case SUNDAY_HOLIDAY -> language.pick("Dimanche & jour férié", "Sunday & public holiday",
                    "Sonn- & Feiertag");
        };
    }

    /** "Contrat Bureau — forfait mensuel, 17/31 jours". */
    public String feeLine(Tier tier, long activeDays, long daysInMonth) {
        return String.format(Locale.ROOT, language.pick("Contrat %s — forfait mensuel, %d/%d jours",
                "%s contract — monthly fee, %d/%d days", "Vertrag %s — Monatspauschale, %d/%d Tage"), tier(tier),
                activeDays, daysInMonth);
    }

    /** "Frais de déplacement — zone 2". */
    public String travelLine(String zone) {
        return language.pick("Frais de déplacement — zone ", "Travel fee — zone ", "Anfahrtspauschale — Zone ") + zone;
    }

    public String contract() {
        return language.pick("Contrat", "Contract", "Vertrag");
    }

    public String date() {
        return language.pick("Date", "Date", "Datum");
    }

    public String actualMinutes() {
        return language.pick("Réel (min)", "Actual (min)", "Ist (min)");
    }
}
