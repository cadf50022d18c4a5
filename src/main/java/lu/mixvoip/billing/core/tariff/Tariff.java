package lu.mixvoip.billing.core.tariff;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An effective-dated tariff card: each version applies from its date until the next one. */
public record Tariff(List<TariffVersion> versions) {

    public Tariff {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a tariff needs at least one version");
        }
        versions = versions.stream().sorted(Comparator.comparing(TariffVersion::effectiveFrom)).toList();
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).effectiveFrom().equals(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two versions share effective-from " + versions.get(i).effectiveFrom());
            }
        }
    }

    /** The version in force on a day, empty before the first version. */
    public Optional<TariffVersion> versionOn(LocalDate day) {
        TariffVersion inForce = null;
        for (TariffVersion version : versions) {
            if (version.effectiveFrom().isAfter(day)) {
                break;
            }
            inForce = version;
        }
        return Optional.ofNullable(inForce);
    }

    /** Every travel zone named by some version, in file order. */
    public Set<String> zones() {
        Set<String> zones = new LinkedHashSet<>();
        versions.forEach(v -> zones.addAll(v.travelFees().keySet()));
        return zones;
    }
}
