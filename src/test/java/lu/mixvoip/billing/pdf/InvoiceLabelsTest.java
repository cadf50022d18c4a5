package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

class InvoiceLabelsTest {

    @Test
    void namesTheTariffInEachLanguage() {
        InvoiceLabels fr = InvoiceLabels.of(Language.FR);
        InvoiceLabels en = InvoiceLabels.of(Language.EN);
        InvoiceLabels de = InvoiceLabels.of(Language.DE);

        assertThat(List.of(fr.title(), en.title(), de.title())).containsExactly("Facture", "Invoice", "Rechnung");
        assertThat(fr.tier(Tier.NONE)).isEqualTo("Sans contrat");
        assertThat(en.tier(Tier.NONE)).isEqualTo("No contract");
        assertThat(de.tier(Tier.NONE)).isEqualTo("Kein Vertrag");
        assertThat(List.of(fr.tier(Tier.OFFICE), fr.tier(Tier.ENTERPRISE))).containsExactly("Bureau", "Entreprises");
        assertThat(List.of(fr.skill(Skill.CABLING), fr.skill(Skill.TECHNICIAN), fr.skill(Skill.ENGINEER),
                fr.skill(Skill.CONSULTING))).containsExactly("Câblage", "Technicien", "Ingénieur", "Conseil");
        assertThat(List.of(de.skill(Skill.CABLING), de.skill(Skill.TECHNICIAN), de.skill(Skill.ENGINEER),
                de.skill(Skill.CONSULTING))).containsExactly("Verkabelung", "Techniker", "Ingenieur", "Beratung");
        assertThat(List.of(fr.timeClass(TimeClass.NORMAL), fr.timeClass(TimeClass.OFF_HOURS),
                fr.timeClass(TimeClass.SUNDAY_HOLIDAY)))
                .containsExactly("Normal", "Heures non ouvrables", "Dimanche & jour férié");
        assertThat(List.of(en.timeClass(TimeClass.NORMAL), en.timeClass(TimeClass.OFF_HOURS),
                en.timeClass(TimeClass.SUNDAY_HOLIDAY)))
                .containsExactly("Normal hours", "Off hours", "Sunday & public holiday");
        assertThat(List.of(de.timeClass(TimeClass.NORMAL), de.timeClass(TimeClass.OFF_HOURS),
                de.timeClass(TimeClass.SUNDAY_HOLIDAY)))
                .containsExactly("Normalzeit", "Außerhalb der Geschäftszeiten", "Sonn- & Feiertag");
        assertThat(fr.mode(Mode.REMOTE)).isEqualTo("À distance");
        assertThat(fr.mode(Mode.ONSITE)).isEqualTo("Sur site");
    }

    @Test
    void writesFeeTravelAndPaymentLines() {
        InvoiceLabels fr = InvoiceLabels.of(Language.FR);
        assertThat(fr.feeLine(Tier.OFFICE, 17, 31)).isEqualTo("Contrat Bureau — forfait mensuel, 17/31 jours");
        assertThat(fr.travelLine("2")).isEqualTo("Frais de déplacement — zone 2");
        assertThat(fr.paymentTerms(30, "31/10/2026", "LU28 0019", "BCEELULL", "INV-2026-000001"))
                .isEqualTo("Payable à 30 jours, au plus tard le 31/10/2026, sur le compte IBAN LU28 0019 "
                        + "(BIC BCEELULL), en indiquant la référence INV-2026-000001.");
        assertThat(InvoiceLabels.of(Language.EN).feeLine(Tier.STANDARD, 31, 31))
                .isEqualTo("Standard contract — monthly fee, 31/31 days");
        assertThat(InvoiceLabels.of(Language.DE).travelLine("3")).isEqualTo("Anfahrtspauschale — Zone 3");
    }

    @Test
    void namesTheCreditNoteAndTheInvoiceItCancelsInEachLanguage() {
        InvoiceLabels fr = InvoiceLabels.of(Language.FR);
        InvoiceLabels en = InvoiceLabels.of(Language.EN);
        InvoiceLabels de = InvoiceLabels.of(Language.DE);

        assertThat(List.of(fr.creditNoteTitle(), en.creditNoteTitle(), de.creditNoteTitle()))
                .containsExactly("Note de crédit", "Credit note", "Gutschrift");
        assertThat(List.of(fr.creditNoteNumber(), en.creditNoteNumber(), de.creditNoteNumber()))
                .containsExactly("N° de note de crédit", "Credit note number", "Gutschriftsnummer");
        assertThat(List.of(fr.cancelsInvoice(), en.cancelsInvoice(), de.cancelsInvoice()))
                .containsExactly("Annule la facture", "Cancels invoice", "Storniert Rechnung");
        assertThat(List.of(fr.cancelledInvoiceDate(), en.cancelledInvoiceDate(), de.cancelledInvoiceDate()))
                .containsExactly("Date de la facture", "Invoice date", "Rechnungsdatum");
        assertThat(List.of(fr.creditNoteSettlement(), en.creditNoteSettlement(), de.creditNoteSettlement()))
                .containsExactly("Ce montant sera déduit de votre prochaine facture ou remboursé.",
                        "This amount will be deducted from your next invoice or refunded.",
                        "Dieser Betrag wird mit Ihrer nächsten Rechnung verrechnet oder erstattet.");
        assertThat(fr.continued(fr.creditNoteTitle(), "CN-2026-000001"))
                .isEqualTo("Note de crédit CN-2026-000001 (suite)");
        assertThat(de.continued(de.creditNoteTitle(), "CN-2026-000001"))
                .isEqualTo("Gutschrift CN-2026-000001 (Fortsetzung)");
        // The invoice's running head is unchanged.
        assertThat(en.continued("INV-2026-000001")).isEqualTo("Invoice INV-2026-000001 (continued)");
    }

    @Test
    void countriesArePrintedByNameInTheCustomersLanguage() {
        assertThat(InvoiceLabels.of(Language.DE).country("lu")).isEqualTo("Luxemburg");
        assertThat(InvoiceLabels.of(Language.FR).country("BE")).isEqualTo("Belgique");
        assertThat(InvoiceLabels.of(Language.EN).country("CH")).isEqualTo("Switzerland");
        assertThat(InvoiceLabels.of(Language.DE).country("GB")).isEqualTo("Vereinigtes Königreich");
        assertThat(InvoiceLabels.of(Language.FR).country("US")).isEqualTo("États-Unis");
        assertThat(InvoiceLabels.of(Language.EN).country("jp")).isEqualTo("Japan");
    }

    @Test
    void digitsDoNotDependOnTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            assertThat(InvoiceLabels.of(Language.FR).feeLine(Tier.OFFICE, 17, 31)).contains("17/31");
            assertThat(InvoiceFormat.of(Language.FR).date(java.time.LocalDate.of(2026, 10, 5)))
                    .isEqualTo("05/10/2026");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    /** A character without a glyph in the embedded font would print as nothing. */
    @Test
    void everyCharacterOfEveryTextHasAGlyphInBothFacesOfTheInvoiceFont() throws Exception {
        for (Language language : Language.values()) {
            List<String> texts = new ArrayList<>(everyText(InvoiceLabels.of(language)));
            InvoiceFormat format = InvoiceFormat.of(language);
            texts.addAll(List.of(format.money(new java.math.BigDecimal("-1234567.89")),
                    format.percent(new java.math.BigDecimal("8.5")),
                    format.period(java.time.YearMonth.of(2026, 10)), "  ·  ", "APERÇU PREVIEW VORSCHAU"));
            for (String text : texts) {
                assertThat(text).as("%s", language).isNotBlank();
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("%s: %s", language, text).isTrue();
                text.codePoints().forEach(c -> assertThat(InvoiceStyle.REGULAR.charExists(c)
                        && InvoiceStyle.BOLD.charExists(c)).as("%s: U+%04X in %s", language, c, text).isTrue());
            }
        }
    }

    @Test
    void eachLanguageHasItsOwnWordsForTheTariff() {
        for (Language language : Language.values()) {
            InvoiceLabels labels = InvoiceLabels.of(language);
            Set<String> names = new HashSet<>();
            for (TimeClass timeClass : TimeClass.values()) {
                names.add(labels.timeClass(timeClass));
            }
            for (Skill skill : Skill.values()) {
                names.add(labels.skill(skill));
            }
            for (Tier tier : Tier.values()) {
                names.add(labels.tier(tier));
            }
            assertThat(names).hasSize(TimeClass.values().length + Skill.values().length + Tier.values().length);
        }
    }

    private static List<String> everyText(InvoiceLabels labels) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Method method : InvoiceLabels.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0 && method.getReturnType() == String.class) {
                texts.add((String) method.invoke(labels));
            }
        }
        for (Tier tier : Tier.values()) {
            texts.add(labels.tier(tier));
            texts.add(labels.feeLine(tier, 17, 31));
        }
        for (Mode mode : Mode.values()) {
            texts.add(labels.mode(mode));
        }
        for (Skill skill : Skill.values()) {
            texts.add(labels.skill(skill));
        }
        for (TimeClass timeClass : TimeClass.values()) {
            texts.add(labels.timeClass(timeClass));
        }
        for (VatTreatment treatment : VatTreatment.values()) {
            String mention = labels.vatMention(treatment);
            if (mention != null) {
                texts.add(mention);
            }
        }
        for (String country : Locale.getISOCountries()) { // every code a customer may have (billing-rules §10)
            texts.add(labels.country(country));
        }
        texts.add(labels.continued("INV-2026-000001"));
        texts.add(labels.replacesInvoice());
        texts.add(labels.cancelledByCreditNote());
        texts.add(labels.continuedPiece());
        texts.add(labels.splitIntervention(2));
        texts.add(labels.customerVatNumber("CH", true));
        texts.add(labels.customerVatNumber("US", true));
        texts.add(labels.continued(labels.creditNoteTitle(), "CN-2026-000001"));
        texts.add(labels.feeDetail("CT-1", "01/10/2026", "31/10/2026"));
        texts.add(labels.travelLine("1"));
        texts.add(labels.labourSummary(2, "1 234"));
        texts.add(labels.vat("17 %"));
        texts.add(labels.paymentTerms(30, "01/12/2026", "LU28 0019", "BCEELULL", "INV-2026-000001"));
        return texts;
    }
}
