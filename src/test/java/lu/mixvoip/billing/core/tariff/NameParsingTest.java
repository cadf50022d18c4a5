package lu.mixvoip.billing.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** billing-rules §1 and §10: English ids or French names, case- and accent-insensitive. */
class NameParsingTest {

    @ParameterizedTest(name = "tier \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "STANDARD|STANDARD", "standard|STANDARD", "Standard|STANDARD", " Standard |STANDARD",
            "OFFICE|OFFICE", "office|OFFICE", "Bureau|OFFICE", "BUREAU|OFFICE", "bureau|OFFICE",
            "ENTERPRISE|ENTERPRISE", "Enterprise|ENTERPRISE", "ENTREPRISES|ENTERPRISE", "Entreprises|ENTERPRISE",
            "entreprises|ENTERPRISE",
            "MANAGED|MANAGED", "managed|MANAGED", "Gestion|MANAGED", "GESTION|MANAGED", "gestion|MANAGED",
            " Gestion |MANAGED"})
    void contractTiers(String name, Tier expected) {
        assertThat(Tier.ofContract(name)).contains(expected);
    }

    @ParameterizedTest(name = "tier \"{0}\" is not a contract tier")
    @ValueSource(strings = {"NONE", "none", "Pas de contrat", "GOLD", "", "   ", "STANDARDS", "OFFICE1"})
    void notContractTiers(String name) {
        assertThat(Tier.ofContract(name)).isEmpty();
    }

    @ParameterizedTest(name = "skill \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "CABLING|CABLING", "cabling|CABLING", "Câblage|CABLING", "câblage|CABLING", "CÂBLAGE|CABLING",
            "Cablage|CABLING", "CABLAGE|CABLING",
            "TECHNICIAN|TECHNICIAN", "Technician|TECHNICIAN", "Technicien|TECHNICIAN", "TECHNICIEN|TECHNICIAN",
            "ENGINEER|ENGINEER", "engineer|ENGINEER", "Ingénieur|ENGINEER", "ingénieur|ENGINEER",
            "INGÉNIEUR|ENGINEER", "ingenieur|ENGINEER",
            "CONSULTING|CONSULTING", "Consulting|CONSULTING", "Conseil|CONSULTING", "conseil|CONSULTING"})
    void skills(String name, Skill expected) {
        assertThat(Skill.parse(name)).contains(expected);
        // the same name typed with combining accents (NFD) is the same skill
        assertThat(Skill.parse(Normalizer.normalize(name, Normalizer.Form.NFD))).contains(expected);
    }

    @ParameterizedTest(name = "skill \"{0}\" is unknown")
    @ValueSource(strings = {"JUGGLING", "", "Technique", "ENGINEERS", "Câble"})
    void unknownSkills(String name) {
        assertThat(Skill.parse(name)).isEmpty();
    }

    @ParameterizedTest(name = "mode \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "REMOTE|REMOTE", "remote|REMOTE", "Remote|REMOTE", "DISTANCE|REMOTE", "distance|REMOTE",
            "Distance|REMOTE",
            "ONSITE|ONSITE", "onsite|ONSITE", "OnSite|ONSITE", "SUR_SITE|ONSITE", "sur_site|ONSITE",
            "Sur_Site|ONSITE"})
    void modes(String name, Mode expected) {
        assertThat(Mode.parse(name)).contains(expected);
    }

    @ParameterizedTest(name = "mode \"{0}\" is unknown")
    @ValueSource(strings = {"", "TELEPHONE", "SITE", "REMOTELY"})
    void unknownModes(String name) {
        assertThat(Mode.parse(name)).isEmpty();
    }
}
