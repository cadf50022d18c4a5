package lu.mixvoip.billing.core.invoice;

/** A customer as printed on its invoice; {@code vatNumber} and {@code travelZone} may be null. */
public record Customer(String id, String name, String street, String postalCode, String city, String country,
                       String vatNumber, String email, Language language, String travelZone) {

    public boolean hasVatNumber() {
        return vatNumber != null && !vatNumber.isBlank();
    }

    public boolean hasTravelZone() {
        return travelZone != null && !travelZone.isBlank();
    }
}
