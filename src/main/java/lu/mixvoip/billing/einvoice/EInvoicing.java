package lu.mixvoip.billing.einvoice;

import java.util.Optional;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Seller;

/**
 * Which documents get an e-invoice, and the e-invoice itself: every document of a customer that has an electronic
 * address (its own {@code peppol_id}, else the one its VAT number gives), when the seller has one too (configured,
 * else from its VAT number). Without the seller's, e-invoicing is off, and {@link #offBecause()} says why.
 */
public final class EInvoicing {
    private final UblDocuments documents;
    private final String offBecause;

    private EInvoicing(UblDocuments documents, String offBecause) {
        this.documents = documents;
        this.offBecause = offBecause;
    }

    public static EInvoicing of(Seller seller) {
        try {
            return new EInvoicing(new UblDocuments(SellerParty.of(seller)), null);
        } catch (IllegalArgumentException e) {
            return new EInvoicing(null, "the seller has no electronic address (" + e.getMessage() + "): set"
                    + " billing.seller.vat-number, or billing.seller.peppol-id");
        }
    }

    public boolean isOn() {
        return documents != null;
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

    public Optional<byte[]> invoice(IssuedInvoice invoice) {
        return isOn() ? addressOf(invoice.invoice().customer()).map(buyer -> documents.invoice(invoice, buyer))
                : Optional.empty();
    }

    public Optional<byte[]> creditNote(CreditNote note) {
        return isOn() ? addressOf(note.cancelled().invoice().customer()).map(buyer -> documents.creditNote(note,
                buyer)) : Optional.empty();
    }
}
