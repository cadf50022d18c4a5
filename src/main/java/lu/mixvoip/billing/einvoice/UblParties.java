package lu.mixvoip.billing.einvoice;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;

/** Seller and buyer as UBL names them, with the Peppol address each receives documents at. */
final class UblParties {
    private UblParties() {
    }

    static SupplierPartyType supplier(EInvoice.Party seller) {
        PartyType party = party(seller);
        if (seller.email() != null) {
            ContactType contact = new ContactType();
            contact.setElectronicMail(seller.email());
            party.setContact(contact);
        }
        SupplierPartyType supplier = new SupplierPartyType();
        supplier.setParty(party);
        return supplier;
    }

    static CustomerPartyType customer(EInvoice.Party customer) {
        CustomerPartyType buyer = new CustomerPartyType();
        buyer.setParty(party(customer));
        return buyer;
    }

    private static PartyType party(EInvoice.Party from) {
        PartyType party = new PartyType();
        party.setEndpointID(from.address().identifier()).setSchemeID(from.address().scheme());
        party.setPostalAddress(address(from));
        if (from.vat() != null) {
            PartyTaxSchemeType registration = new PartyTaxSchemeType();
            registration.setCompanyID(from.vat().toString());
            registration.setTaxScheme(UblTotals.vatScheme());
            party.addPartyTaxScheme(registration);
        }
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(from.name());
        party.addPartyLegalEntity(legal);
        return party;
    }

    private static AddressType address(EInvoice.Party party) {
        AddressType address = new AddressType();
        if (party.street() != null) {
            address.setStreetName(party.street());
        }
        if (party.city() != null) {
            address.setCityName(party.city());
        }
        if (party.postalCode() != null) {
            address.setPostalZone(party.postalCode());
        }
        CountryType country = new CountryType();
        country.setIdentificationCode(party.country());
        address.setCountry(country);
        return address;
    }
}
