package lu.mixvoip.billing.einvoice;

import java.util.Objects;

import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Seller;

/**
 * The provider as its e-invoices name it: the configured seller (name, address, VAT number, IBAN, BIC) and the
 * Peppol address it receives documents at. The VAT number is required: reverse charge and export invoices must
 * carry it (EN 16931 BR-AE-02, BR-G-02); the IBAN too: every invoice asks for a SEPA credit transfer to it.
 */
public record SellerParty(Seller seller, ElectronicAddress address) {

    public SellerParty {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(address, "address");
        if (blank(seller.name()) || blank(seller.country()) || blank(seller.vatNumber()) || blank(seller.iban())) {
            throw new IllegalArgumentException("an e-invoicing seller needs a name, a country, a VAT number and an IBAN");
        }
    }

    /**
     * The seller at its configured Peppol address, else at the one its VAT number gives (Luxembourg: 9938 and the
     * VAT number).
     *
     * @throws IllegalArgumentException when the configured address is not valid, or when there is none and the
     *                                  seller's VAT number gives none (no VAT number, or no VAT scheme on Peppol)
     */
    public static SellerParty of(Seller seller) {
        if (seller.peppolId() != null && !seller.peppolId().isBlank()) {
            return new SellerParty(seller, ElectronicAddress.parse(seller.peppolId()));
        }
        ElectronicAddress address = ElectronicAddress.fromVatNumber(seller.country(), seller.vatNumber())
                .orElseThrow(() -> new IllegalArgumentException(
                        "the seller's VAT number gives no Peppol address"));
        return new SellerParty(seller, address);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
