package lu.mixvoip.billing.generator;

import java.util.Locale;
import java.util.Random;

/**
 * The shape of a synthetic month: who gets the interventions and how long they last. Each profile draws from the
 * month's random stream in a fixed order, so a seed always gives the same files; {@link #DEFAULT} draws exactly as
 * the generator always has, so its files, and the figures measured on them, stay comparable.
 */
public enum Profile {
    /** Skewed like real life: most customers have a few interventions, one in a hundred has hundreds; short work. */
    DEFAULT {
        @Override
        int customer(Random random, int customers, int intervention) {
            int bigAccounts = Math.max(1, customers / 100);
            return random.nextInt(5) == 0 ? random.nextInt(bigAccounts) * (customers / bigAccounts)
                    : random.nextInt(customers);
        }

        @Override
        int minutes(Random random, boolean onsite) {
            return onsite ? 30 + random.nextInt(210) : 5 + random.nextInt(85);
        }
    },
    /**
     * A heavier month: every customer about as busy as the others (twenty interventions each at 1,000,000 for
     * 50,000), from a minute to ten hours of work, so that most invoices run to a second page.
     */
    HEAVY {
        /** Two in three interventions go round the customers in turn, the rest at random: twenty each, give or take. */
        @Override
        int customer(Random random, int customers, int intervention) {
            return random.nextInt(3) == 0 ? random.nextInt(customers) : intervention % customers;
        }

        @Override
        int minutes(Random random, boolean onsite) {
            int kind = random.nextInt(100);
            if (kind < 30) {
                return 1 + random.nextInt(60); // a quick fix
            } else if (kind < 65) {
                return 60 + random.nextInt(120);
            } else if (kind < 90) {
                return 180 + random.nextInt(180);
            }
            return 360 + random.nextInt(241); // up to ten hours: an installation, a migration
        }

        /** The bad rows are the deliberate ones only: nobody is sent where the card has no travel fee. */
        @Override
        boolean onsiteWithoutTravelZone() {
            return false;
        }
    };

    /** The customer (0 to customers - 1) the n-th intervention (from 1) is for. */
    abstract int customer(Random random, int customers, int intervention);

    /** An intervention's real duration in minutes. */
    abstract int minutes(Random random, boolean onsite);

    /** Whether customers without a travel zone get on-site work too, rows that the job rejects (billing-rules §11). */
    boolean onsiteWithoutTravelZone() {
        return true;
    }

    /** {@code default} or {@code heavy}, any case. */
    public static Profile named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown profile " + name + " (expected default or heavy)", e);
        }
    }
}
