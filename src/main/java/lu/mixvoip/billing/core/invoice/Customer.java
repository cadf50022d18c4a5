package lu.mixvoip.billing.core.invoice;

/**
 * A customer as printed on its documents; {@code vatNumber}, {@code travelZone} and {@code peppolId} (its electronic
 * address for e-invoices, when given) may be null.
 */
public record Customer(String id, String name, String street, String postalCode, String city, String country,
                       String vatNumber, String email, Language language, String travelZone,
                       ElectronicAddress peppolId) {

    /** A customer without an electronic address of its own. */
    public Customer(String id, String name, String street, String postalCode, String city, String country,
                    String vatNumber, String email, Language language, String travelZone) {
        this(id, name, street, postalCode, city, country, vatNumber, email, language, travelZone, null);
    }

    public boolean hasVatNumber() {
        return vatNumber != null && !vatNumber.isBlank();
    }

    public boolean hasTravelZone() {
        return travelZone != null && !travelZone.isBlank();
    }
}
