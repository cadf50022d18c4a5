package lu.mixvoip.billing.core.invoice;

/** The provider issuing the invoices, as configured in application.yml ({@code billing.seller.*}). */
public record Seller(String name, String street, String postalCode, String city, String country, String vatNumber,
                     String iban, String bic, String email, int paymentDays) {
}
