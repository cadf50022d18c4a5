package lu.mixvoip.billing.generator;

import java.util.Locale;
import java.util.Random;

/**
 * The rest of the offer on the contract rows (billing-rules §14): managed IT contracts with their fixed monthly fee
 * (some spelt {@code Gestion}), negotiated fees on the other tiers, and a few rows that break §14's rules. It draws
 * from its own stream, so the month's other rows are the same as without it.
 */
final class ContractOffer {
    private final Random random;

    ContractOffer(long seed) {
        this.random = new Random(seed);
    }

    /** What a contract row says: its tier as typed and its {@code monthly_fee} (blank: the tariff's fee). */
    record Terms(String tier, String monthlyFee) {
    }

    /** The terms of a contract row whose tier was drawn as {@code tier}: one in twenty becomes a managed contract. */
    Terms terms(String tier) {
        int kind = random.nextInt(1000);
        if (kind < 3) {
            return new Terms(managed(), ""); // bad row: a managed contract must carry its fee
        } else if (kind < 6) {
            return new Terms(tier, String.format(Locale.ROOT, "\"%d,%02d\"", 40 + random.nextInt(300),
                    random.nextInt(100))); // bad row: a decimal comma (quoted, as a spreadsheet writes it)
        } else if (kind < 56) {
            return new Terms(managed(), String.format(Locale.ROOT, "%d.00", 450 + 50 * random.nextInt(50)));
        } else if (kind < 106) {
            return new Terms(tier, String.format(Locale.ROOT, "%d.%02d", 40 + random.nextInt(300),
                    random.nextInt(100))); // negotiated
        }
        return new Terms(tier, "");
    }

    private String managed() {
        return random.nextInt(3) == 0 ? "Gestion" : "MANAGED";
    }
}
