package lu.mixvoip.billing.einvoice;

import lu.mixvoip.billing.core.invoice.VatTreatment;

/**
 * The EN 16931 VAT category (UNCL 5305) of each VAT treatment of billing-rules §7, and the VATEX code that says why
 * an exempt one charges none. A customer outside the EU is {@code G}: {@code O} ("not subject to VAT") may not name a
 * seller VAT number (BR-O-02), which ours always has.
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

    String code() {
        return code;
    }

    /** Null for a category that charges VAT. */
    String exemptionCode() {
        return exemptionCode;
    }

    boolean isExempt() {
        return exemptionCode != null;
    }
}
