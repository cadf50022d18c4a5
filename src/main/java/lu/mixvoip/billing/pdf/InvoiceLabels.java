package lu.mixvoip.billing.pdf;

import java.time.LocalTime;
import java.util.Locale;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.PrintedNames;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.servicelevel.FaultHandlingDays;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * Every text printed on an invoice or credit note, in French, English and German (billing-rules §9: the
 * customer's language). Each method lists the three translations side by side so a missing one shows at a glance.
 * Immutable. Every character used has a glyph in both faces of the embedded invoice font ({@link EmbeddedFont}), and
 * every text is in NFC.
 */
public final class InvoiceLabels {
    private final Language language;
    private final PrintedNames names;

    private InvoiceLabels(Language language) {
        this.language = language;
        this.names = new PrintedNames(language);
    }

    public static InvoiceLabels of(Language language) {
        return new InvoiceLabels(language == null ? Language.FR : language);
    }

    // --- heading -------------------------------------------------------------------------------------------

    public String title() {
        return language.pick("Facture", "Invoice", "Rechnung");
    }

    public String vatNumber() {
        return language.pick("N° TVA", "VAT no.", "USt-IdNr.");
    }

    /**
     * The label of a customer's VAT number: an EU VAT identification number as {@link #vatNumber()}; a Swiss one
     * (CHE-… MWST / TVA) under its Swiss name in the customer's language; any other country's as a neutral "VAT no.",
     * never as the EU number it is not.
     */
    public String customerVatNumber(String country, boolean outsideEu) {
        if (!outsideEu) {
            return vatNumber();
        }
        if ("CH".equalsIgnoreCase(country == null ? "" : country.strip())) {
            return language.pick("N° TVA", "UID", "MWST-Nr.");
        }
        return language.pick("N° de TVA", "VAT no.", "MwSt.-Nr.");
    }

    public String email() {
        return language.pick("E-mail", "E-mail", "E-Mail");
    }

    public String invoiceNumber() {
        return language.pick("N° de facture", "Invoice number", "Rechnungsnummer");
    }

    public String issueDate() {
        return language.pick("Date d'émission", "Issue date", "Rechnungsdatum");
    }

    public String dueDate() {
        return language.pick("Échéance", "Due date", "Fällig am");
    }

    public String billedPeriod() {
        return language.pick("Période facturée", "Billing period", "Leistungszeitraum");
    }

    public String customerId() {
        return language.pick("N° client", "Customer ID", "Kundennummer");
    }

    public String contract() {
        return names.contract();
    }

    public String billTo() {
        return language.pick("Facturé à", "Bill to", "Rechnungsempfänger");
    }

    /** The running head of pages 2 and later. */
    public String continued(String invoiceNumber) {
        return continued(title(), invoiceNumber);
    }

    /** The running head of pages 2 and later of any document: "Note de crédit CN-2026-000001 (suite)". */
    public String continued(String documentTitle, String number) {
        return fill(language.pick("%s %s (suite)", "%s %s (continued)", "%s %s (Fortsetzung)"), documentTitle, number);
    }

    /** Before the number of the invoice a re-bill's new invoice replaces. */
    public String replacesInvoice() {
        return language.pick("Remplace la facture", "Replaces invoice", "Ersetzt Rechnung");
    }

    /** Before the number of the credit note that cancelled the replaced invoice. */
    public String cancelledByCreditNote() {
        return language.pick("Annulée par la note de crédit", "Cancelled by credit note", "Storniert durch Gutschrift");
    }

        // --- credit note (cancels an issued invoice, EU VAT Directive art. 219) ----------------------------------

    public String creditNoteTitle() {
        return language.pick("Note de crédit", "Credit note", "Gutschrift");
    }

    public String creditNoteNumber() {
        return language.pick("N° de note de crédit", "Credit note number", "Gutschriftsnummer");
    }

    public String creditNoteDate() {
        return language.pick("Date d'émission", "Issue date", "Gutschriftsdatum");
    }

    /** Before the cancelled invoice's number. */
    public String cancelsInvoice() {
        return language.pick("Annule la facture", "Cancels invoice", "Storniert Rechnung");
    }

    /** Before the cancelled invoice's issue date. */
    public String cancelledInvoiceDate() {
        return language.pick("Date de la facture", "Invoice date", "Rechnungsdatum");
    }

    /** The caption above the customer's address on a credit note. */
    public String creditTo() {
        return language.pick("Client", "Customer", "Kunde");
    }

    /** Where a credit note's payment terms would be: nothing to pay. */
    public String settlementTitle() {
        return language.pick("Règlement", "Settlement", "Verrechnung");
    }

    public String creditNoteSettlement() {
        return language.pick("Ce montant sera déduit de votre prochaine facture ou remboursé.",
                "This amount will be deducted from your next invoice or refunded.",
                "Dieser Betrag wird mit Ihrer nächsten Rechnung verrechnet oder erstattet.");
    }

    // --- line table ----------------------------------------------------------------------------------------

    public String columnDate() {
        return names.date();
    }

    public String columnTicket() {
        return language.pick("Ticket", "Ticket", "Ticket");
    }

    public String columnDescription() {
        return language.pick("Description", "Description", "Beschreibung");
    }

    public String columnMode() {
        return language.pick("Mode", "Mode", "Art");
    }

    public String columnSkill() {
        return language.pick("Compétence", "Skill", "Qualifikation");
    }

    public String columnTimeClass() {
        return language.pick("Plage horaire", "Time class", "Zeitklasse");
    }

    public String columnActualMinutes() {
        return names.actualMinutes();
    }

    public String columnBilledMinutes() {
        return language.pick("Facturé (min)", "Billed (min)", "Berechnet (min)");
    }

    public String columnUnitPrice() {
        return language.pick("Prix unitaire", "Unit price", "Einzelpreis");
    }

    public String columnAmount() {
        return language.pick("Montant", "Amount", "Betrag");
    }

    /**
     * In the actual-minutes column of the later time pieces of one intervention: its actual minutes are printed on
     * its first piece, for the whole intervention.
     */
    public String continuedPiece() {
        return language.pick("(suite)", "(cont.)", "(Forts.)");
    }

    /** Under the first piece of an intervention split into time pieces: what its actual minutes cover. */
    public String splitIntervention(int pieces) {
        return fill(language.pick("réel : toute l'intervention, %d plages", "actual: whole intervention, %d pieces",
                "Ist: ganzer Einsatz, %d Zeitabschnitte"), pieces);
    }

        public String sectionFees() {
        return language.pick("Forfaits mensuels", "Monthly fees", "Monatspauschalen");
    }

    public String sectionLabour() {
        return language.pick("Interventions", "Support work", "Einsätze");
    }

    public String sectionTravel() {
        return language.pick("Frais de déplacement", "Travel fees", "Anfahrtskosten");
    }

    /** "Contrat Bureau — forfait mensuel, 17/31 jours". */
    public String feeLine(Tier tier, long activeDays, long daysInMonth) {
        return names.feeLine(tier, activeDays, daysInMonth);
    }

    /** "Contrat C-42, du 15/10/2026 au 31/10/2026": where the fee line's days come from. */
    public String feeDetail(String contractId, String from, String to) {
        return fill(language.pick("Contrat %s, du %s au %s", "Contract %s, %s to %s", "Vertrag %s, %s bis %s"),
                contractId, from, to);
    }

    /** "Frais de déplacement — zone 2". */
    public String travelLine(String zone) {
        return names.travelLine(zone);
    }

    // --- totals and payment --------------------------------------------------------------------------------

    public String totalFees() {
        return language.pick("Forfaits mensuels", "Monthly fees", "Monatspauschalen");
    }

    public String totalLabour() {
        return language.pick("Interventions", "Support work", "Einsätze");
    }

    /** "12 interventions, 870 min facturées": what the labour subtotal is made of. */
    public String labourSummary(int interventions, String billedMinutes) {
        return switch (language) {
            case FR -> interventions + (interventions == 1 ? " intervention, " : " interventions, ")
                    + billedMinutes + " min facturées";
            case EN -> interventions + (interventions == 1 ? " intervention, " : " interventions, ")
                    + billedMinutes + " min billed";
            case DE -> interventions + (interventions == 1 ? " Einsatz, " : " Einsätze, ")
                    + billedMinutes + " Min. berechnet";
        };
    }

    public String totalTravel() {
        return language.pick("Frais de déplacement", "Travel fees", "Anfahrtskosten");
    }

    public String totalExclVat() {
        return language.pick("Total HTVA", "Total excl. VAT", "Summe netto");
    }

    public String vat(String rate) {
        return fill(language.pick("TVA %s", "VAT %s", "MwSt. %s"), rate);
    }

    public String totalInclVat() {
        return language.pick("Total TVAC", "Total incl. VAT", "Gesamtbetrag brutto");
    }

    /**
     * The VAT mention of billing-rules §7 in the customer's language only (art. 226 (11a) asks for the mention, not
     * for its French and English words on a German invoice); null when the treatment has none.
     */
    public String vatMention(VatTreatment treatment) {
        return switch (treatment) {
            case REVERSE_CHARGE -> language.pick("Autoliquidation — art. 196 de la directive 2006/112/CE",
                    "Reverse charge — Article 196 of Directive 2006/112/EC",
                    "Steuerschuldnerschaft des Leistungsempfängers (Reverse-Charge-Verfahren) — Art. 196 der "
                            + "Richtlinie 2006/112/EG");
            case OUTSIDE_EU -> language.pick("Hors champ de la TVA UE", "Outside the scope of EU VAT",
                    "Nicht im Anwendungsbereich der EU-Mehrwertsteuer");
            default -> null;
        };
    }

    public String paymentTermsTitle() {
        return language.pick("Conditions de paiement", "Payment terms", "Zahlungsbedingungen");
    }

    /** "Payable à 30 jours, au plus tard le 31/10/2026, sur le compte IBAN … (BIC …), avec la référence INV-…". */
    public String paymentTerms(long days, String dueDate, String iban, String bic, String invoiceNumber) {
        String bank = bic == null || bic.isBlank() ? "IBAN " + iban : "IBAN " + iban + " (BIC " + bic + ")";
        return fill(language.pick("Payable à %d jours, au plus tard le %s, sur le compte %s, en indiquant la référence %s.",
                "Payable within %d days, no later than %s, to account %s, quoting reference %s.",
                "Zahlbar innerhalb von %d Tagen, spätestens am %s, auf das Konto %s unter Angabe der Rechnungsnummer %s."),
                days, dueDate, bank, invoiceNumber);
    }

    public String thanks() {
        return language.pick("Merci de votre confiance.", "Thank you for your business.", "Vielen Dank für Ihr Vertrauen.");
    }

    /** The word before "N / M" in the page footer. */
    public String page() {
        return language.pick("page", "page", "Seite");
    }

    // --- tariff names --------------------------------------------------------------------------------------

    /** In place of the rate of work a MANAGED contract covers (billing-rules §14). */
    public String included() {
        return language.pick("inclus", "included", "inbegriffen");
    }

    // --- service levels of the contract (billing-rules §15) --------------------------------------------------

    public String faultHandlingHours() {
        return language.pick("Heures de traitement des pannes", "Fault-handling hours", "Störungsbearbeitungszeiten");
    }

    public String maxResponseTime() {
        return language.pick("Temps de réponse maximum", "Maximum response time", "Maximale Reaktionszeit");
    }

    public String maxInterventionTime() {
        return language.pick("Délai maximum d'intervention", "Maximum intervention time", "Maximale Interventionszeit");
    }

    /** "lun.–ven. 07:30–18:00". */
    public String faultHandlingWindow(FaultHandlingDays days, LocalTime from, LocalTime to) {
        String first = language.pick("lun.", "Mon", "Mo");
        String last = switch (days) {
            case MON_FRI -> language.pick("ven.", "Fri", "Fr");
            case MON_SAT -> language.pick("sam.", "Sat", "Sa");
            case MON_SUN -> language.pick("dim.", "Sun", "So");
        };
        return first + "–" + last + " " + from + "–" + to;
    }

    /** "8 h". */
    public String hours(int hours) {
        return hours + " h";
    }

    public String tier(Tier tier) {
        return names.tier(tier);
    }

    public String mode(Mode mode) {
        return names.mode(mode);
    }

    public String skill(Skill skill) {
        return names.skill(skill);
    }

    public String timeClass(TimeClass timeClass) {
        return names.timeClass(timeClass);
    }

    /**
     * The country's name for a postal address, in the customer's language, from the JDK's locale data (CLDR); a code
     * it has no name for is printed as the code.
     */
    public String country(String code) {
        if (code == null) {
            return "";
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        String name = new Locale("", upper).getDisplayCountry(language.pick(Locale.FRENCH, Locale.ENGLISH,
                Locale.GERMAN));
        return name.isBlank() ? upper : name;
    }

    /** Locale.ROOT: the JVM's default locale must not change the digits (%d prints Arabic digits in ar-EG). */
    private static String fill(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
