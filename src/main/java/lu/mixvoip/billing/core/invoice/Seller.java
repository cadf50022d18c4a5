package lu.mixvoip.billing.core.invoice;

/**
 * The provider issuing the documents, as configured ({@code billing.seller.*}). {@code peppolId}: the electronic
 * address it receives e-invoices at, {@code <scheme>:<identifier>}, when configured (blank: the address its VAT
 * number gives). {@code tradeRegister}: the trade register entry Luxembourg companies print on their invoices
 * (e.g. "RCS Luxembourg B123456"), blank when not configured.
 */
public record Seller(String name, String street, String postalCode, String city, String country, String vatNumber,
                     String iban, String bic, String email, int paymentDays, String peppolId,
                     String tradeRegister) {
}
