package lu.mixvoip.billing.einvoice;

import java.math.BigDecimal;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;

import lu.mixvoip.billing.core.invoice.VatTreatment;

/**
 * The EN 16931 VAT category (UNCL 5305) of each VAT treatment of billing-rules §7. A customer outside the EU is
 * {@code G}: {@code O} ("not subject to VAT") may not name a seller VAT number (BR-O-02), which ours always has.
 */
enum VatCategory {
    STANDARD("S", null),
    REVERSE_CHARGE("AE", "VATEX-EU-AE"),
    EXPORT("G", "VATEX-EU-G");

    private final String code;
    private final String exemptionCode;

    VatCategory(String code, String exemptionCode) {
        this.code = code;
        this.exemptionCode = exemptionCode;
    }

    static VatCategory of(VatTreatment treatment) {
        if (treatment == null) {
            throw new IllegalArgumentException("an invoice without VAT treatment has no VAT category");
        }
        return switch (treatment) {
            case DOMESTIC, EU_NO_VAT_NUMBER -> STANDARD;
            case REVERSE_CHARGE -> REVERSE_CHARGE;
            case OUTSIDE_EU -> EXPORT;
        };
    }

    boolean isExempt() {
        return exemptionCode != null;
    }

    /** The category of an invoice line: code, rate and scheme, no exemption reason (that belongs to the breakdown). */
    TaxCategoryType forLine(BigDecimal rate) {
        TaxCategoryType category = new TaxCategoryType();
        category.setID(code);
        category.setPercent(rate);
        category.setTaxScheme(vatScheme());
        return category;
    }

    /**
     * The category of the VAT breakdown; an exempt one states why with its VATEX code and the text the PDF prints
     * ({@link VatTreatment#mention()}).
     */
    TaxCategoryType forBreakdown(BigDecimal rate, VatTreatment treatment) {
        TaxCategoryType category = new TaxCategoryType();
        category.setID(code);
        category.setPercent(rate);
        if (isExempt()) {
            category.setTaxExemptionReasonCode(exemptionCode);
            if (treatment.mention() != null) {
                category.addTaxExemptionReason(new TaxExemptionReasonType(treatment.mention()));
            }
        }
        category.setTaxScheme(vatScheme());
        return category;
    }

    private static TaxSchemeType vatScheme() {
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID(PeppolBis.VAT);
        return scheme;
    }
}
