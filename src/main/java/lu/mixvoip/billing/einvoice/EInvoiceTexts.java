package lu.mixvoip.billing.einvoice;

import java.util.Locale;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.PrintedNames;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * The few texts an e-invoice carries, in the customer's language: the lines' as the PDF words them
 * ({@link PrintedNames}), and the few of its own. Immutable.
 */
final class EInvoiceTexts {
    private final Language language;
    private final PrintedNames names;

    private EInvoiceTexts(Language language) {
        this.language = language;
        this.names = new PrintedNames(language);
    }

    static EInvoiceTexts of(Language language) {
        return new EInvoiceTexts(language == null ? Language.FR : language);
    }

    String feeLine(Tier tier, long activeDays, long daysInMonth) {
        return names.feeLine(tier, activeDays, daysInMonth);
    }

    /** "Intervention T-5512 — Technicien, Sur site, Normal". */
    String labourLine(String ticket, Skill skill, Mode mode, TimeClass timeClass) {
        String what = language.pick("Intervention", "Support work", "Einsatz");
        String head = ticket == null ? what : what + " " + ticket;
        return head + " — " + skill(skill) + ", " + mode(mode) + ", " + timeClass(timeClass);
    }

    String travelLine(String zone) {
        return names.travelLine(zone);
    }

    String contract() {
        return names.contract();
    }

    String intervention() {
        return language.pick("Intervention", "Intervention", "Einsatz");
    }

    String date() {
        return names.date();
    }

    String ticket() {
        return "Ticket";
    }

    String actualMinutes() {
        return names.actualMinutes();
    }

    String paymentTerms(long days, String invoiceNumber) {
        return fill(language.pick("Payable à %d jours, en indiquant la référence %s.",
                "Payable within %d days, quoting reference %s.",
                "Zahlbar innerhalb von %d Tagen unter Angabe der Rechnungsnummer %s."), days, invoiceNumber);
    }

    /** A credit note asks for no payment: what becomes of the credited amount. */
    String creditNoteSettlement() {
        return language.pick("Ce montant sera déduit de votre prochaine facture ou remboursé.",
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
}
