package lu.mixvoip.billing.einvoice;

import java.util.Locale;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;

import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatNumber;

/**
 * Seller and buyer as the PDF names them: legal name, postal address, VAT number (compact, with its country prefix,
 * EN 16931 BR-CO-09) and the Peppol address each receives documents at.
 */
final class UblParties {
    private UblParties() {
    }

    static SupplierPartyType supplier(SellerParty sellerParty) {
        Seller seller = sellerParty.seller();
        PartyType party = party(sellerParty.address(), seller.name(), seller.street(), seller.postalCode(),
                seller.city(), seller.country(), seller.vatNumber());
        String email = XmlText.clean(seller.email());
        if (email != null) {
            ContactType contact = new ContactType();
            contact.setElectronicMail(email);
            party.setContact(contact);
        }
        SupplierPartyType supplier = new SupplierPartyType();
        supplier.setParty(party);
        return supplier;
    }

    static CustomerPartyType customer(Customer customer, ElectronicAddress address) {
        CustomerPartyType buyer = new CustomerPartyType();
        buyer.setParty(party(address, customer.name(), customer.street(), customer.postalCode(), customer.city(),
                customer.country(), customer.vatNumber()));
        return buyer;
    }

    private static PartyType party(ElectronicAddress address, String name, String street, String postalCode,
                                   String city, String country, String vatNumber) {
        PartyType party = new PartyType();
        party.setEndpointID(address.identifier()).setSchemeID(address.scheme());
        party.setPostalAddress(address(street, postalCode, city, country));
        VatNumber.parse(country, vatNumber).ifPresent(vat -> party.addPartyTaxScheme(vatRegistration(vat)));
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(required(name, "party name"));
        party.addPartyLegalEntity(legal);
        return party;
    }

    private static AddressType address(String street, String postalCode, String city, String country) {
        AddressType address = new AddressType();
        String streetName = XmlText.clean(street);
        if (streetName != null) {
            address.setStreetName(streetName);
        }
        String cityName = XmlText.clean(city);
        if (cityName != null) {
            address.setCityName(cityName);
        }
        String zone = XmlText.clean(postalCode);
        if (zone != null) {
            address.setPostalZone(zone);
        }
        CountryType countryCode = new CountryType();
        countryCode.setIdentificationCode(required(country, "country").toUpperCase(Locale.ROOT));
        address.setCountry(countryCode);
        return address;
    }

    private static PartyTaxSchemeType vatRegistration(VatNumber vat) {
        PartyTaxSchemeType registration = new PartyTaxSchemeType();
        registration.setCompanyID(vat.toString());
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID(PeppolBis.VAT);
        registration.setTaxScheme(scheme);
        return registration;
    }

    private static String required(String text, String what) {
        String clean = XmlText.clean(text);
        if (clean == null) {
            throw new IllegalArgumentException("an e-invoice needs the " + what);
        }
        return clean;
    }
}
