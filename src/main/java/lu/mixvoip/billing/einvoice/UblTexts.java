package lu.mixvoip.billing.einvoice;

import java.util.Locale;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.PrintedNames;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * The few texts an e-invoice carries, in the customer's language, worded as the PDF words them (pdf.InvoiceLabels,
 * which this adapter may not use: it depends on core only). Immutable.
 */
final class UblTexts {
    private final Language language;
    private final PrintedNames names;

    private UblTexts(Language language) {
        this.language = language;
        this.names = new PrintedNames(language);
    }

    static UblTexts of(Language language) {
        return new UblTexts(language == null ? Language.FR : language);
    }

    /** "Contrat Bureau — forfait mensuel, 17/31 jours". */
    String feeLine(Tier tier, long activeDays, Long daysInMonth) {
        return fill(pick("Contrat %s — forfait mensuel, %d/%d jours", "%s contract — monthly fee, %d/%d days",
                "Vertrag %s — Monatspauschale, %d/%d Tage"), tier(tier), activeDays, daysInMonth);
    }

    /** "Intervention T-5512 — Technicien, Sur site, Normal". */
    String labourLine(String ticket, Skill skill, Mode mode, TimeClass timeClass) {
        String what = pick("Intervention", "Support work", "Einsatz");
        String head = ticket == null ? what : what + " " + ticket;
        return head + " — " + skill(skill) + ", " + mode(mode) + ", " + timeClass(timeClass);
    }

    /** "Frais de déplacement — zone 2". */
    String travelLine(String zone) {
        return fill(pick("Frais de déplacement — zone %s", "Travel fee — zone %s", "Anfahrtspauschale — Zone %s"), zone);
    }

    String contract() {
        return pick("Contrat", "Contract", "Vertrag");
    }

    String intervention() {
        return pick("Intervention", "Intervention", "Einsatz");
    }

    String date() {
        return pick("Date", "Date", "Datum");
    }

    String ticket() {
        return "Ticket";
    }

    String actualMinutes() {
        return pick("Réel (min)", "Actual (min)", "Ist (min)");
    }

    String paymentTerms(long days, String invoiceNumber) {
        return fill(pick("Payable à %d jours, en indiquant la référence %s.",
                "Payable within %d days, quoting reference %s.",
                "Zahlbar innerhalb von %d Tagen unter Angabe der Rechnungsnummer %s."), days, invoiceNumber);
    }

    /** A credit note asks for no payment: what becomes of the credited amount. */
    String creditNoteSettlement() {
        return pick("Ce montant sera déduit de votre prochaine facture ou remboursé.",
                "This amount will be deducted from your next invoice or refunded.",
                "Dieser Betrag wird mit Ihrer nächsten Rechnung verrechnet oder erstattet.");
    }

    String tier(Tier tier) {
        return tier == null ? "" : names.tier(tier);
    }

    private String mode(Mode mode) {
        return mode == null ? "" : names.mode(mode);
    }

    private String skill(Skill skill) {
        return skill == null ? "" : names.skill(skill);
    }

    private String timeClass(TimeClass timeClass) {
        return timeClass == null ? "" : names.timeClass(timeClass);
    }

    /** Locale.ROOT: the JVM's default locale must not change the digits. */
    private static String fill(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private String pick(String fr, String en, String de) {
        return switch (language) {
            case FR -> fr;
            case EN -> en;
            case DE -> de;
        };
    }
}
