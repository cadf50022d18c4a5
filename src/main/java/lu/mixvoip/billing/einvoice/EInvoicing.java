package lu.mixvoip.billing.einvoice;

import java.util.Optional;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Seller;

/**
 * Which documents get an e-invoice, and the e-invoice itself: every document gets its Factur-X CII (inside its PDF);
 * a document of a customer that has an electronic address (its own {@code peppol_id}, else the one its VAT number
 * gives) also its Peppol UBL. Both need a seller with an electronic address (configured, else from its VAT number),
 * a VAT number and an IBAN; without them e-invoicing is off, and {@link #offBecause()} says why.
 */
public final class EInvoicing {
    private final SellerParty seller;
    private final String offBecause;

    private EInvoicing(SellerParty seller, String offBecause) {
        this.seller = seller;
        this.offBecause = offBecause;
    }

    public static EInvoicing of(Seller seller) {
        try {
            return new EInvoicing(SellerParty.of(seller), null);
        } catch (IllegalArgumentException e) {
            return new EInvoicing(null, "the seller has no electronic address (" + e.getMessage() + "): set"
                    + " billing.seller.vat-number, or billing.seller.peppol-id");
        }
    }

    public boolean isOn() {
        return seller != null;
    }

    /** Why no e-invoice is written, or null when they are. */
    public String offBecause() {
        return offBecause;
    }

    /** Where a customer receives e-invoices, if anywhere. */
    public static Optional<ElectronicAddress> addressOf(Customer customer) {
        if (customer.peppolId() != null) {
            return Optional.of(customer.peppolId());
        }
        try {
            return ElectronicAddress.fromVatNumber(customer.country(), customer.vatNumber());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a VAT number no scheme accepts: no address
        }
    }

    /** The invoice's Factur-X CII and, for a customer with an electronic address, its UBL; empty when off. */
    public Optional<EInvoiceXml> invoice(IssuedInvoice invoice) {
        return isOn() ? Optional.of(EInvoiceXml.of(EInvoice.of(seller, invoice,
                addressOf(invoice.invoice().customer()).orElse(null)))) : Optional.empty();
    }

    /** As {@link #invoice}, for a credit note. */
    public Optional<EInvoiceXml> creditNote(CreditNote note) {
        return isOn() ? Optional.of(EInvoiceXml.of(EInvoice.of(seller, note,
                addressOf(note.cancelled().invoice().customer()).orElse(null)))) : Optional.empty();
    }
}
