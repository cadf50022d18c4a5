package lu.mixvoip.billing.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Writes a synthetic month in the input formats, deterministic for a seed and a {@link Profile}: customers in
 * LU/BE/DE/FR/CH, contracts of every tier (some starting or changing mid-month, some managed or at a negotiated fee:
 * {@link ContractOffer}), interventions spread over the customers as the profile says, remote and on site, by day and
 * after hours, and the service desk's tickets of that work ({@link TicketDesk}), with ~0.6 % bad rows in each file.
 * The offer and the tickets draw from streams of their own: customers.csv and interventions.csv do not depend on them.
 */
public final class SyntheticMonth {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final String[] COUNTRIES = {"LU", "LU", "LU", "LU", "LU", "LU", "BE", "DE", "FR", "CH"};
    private static final String[] TIERS = {"STANDARD", "OFFICE", "ENTERPRISE", "Bureau"};
    private static final String[] SKILLS = {"CABLING", "TECHNICIAN", "TECHNICIAN", "ENGINEER", "ENGINEER",
            "CONSULTING", "Câblage", "Ingénieur"};
    private static final String[] WORK = {"Outlook profile repair", "VPN access for new laptop",
            "Firewall rule change", "Switch replacement, rack 2", "Wi-Fi access point installation",
            "Printer queue stuck", "Backup job failed", "Microsoft 365 licence review", "VoIP phone provisioning",
            "PBX call group change", "Patch panel cabling", "Server update \"patch Tuesday\""};
    private static final String[] NAMES = {"Boulangerie", "Fiduciaire", "Garage", "Cabinet", "Étude", "Pharmacie",
            "Menuiserie", "Brasserie", "Imprimerie", "Müller"};

    private final long seed;
    private final Random random;
    private final YearMonth month;
    private final Profile profile;
    /** By customer: it has no travel zone, so on-site work for it is a bad row. */
    private boolean[] withoutTravelZone;

    private SyntheticMonth(long seed, YearMonth month, Profile profile) {
        this.seed = seed;
        this.random = new Random(seed);
        this.month = month;
        this.profile = profile;
    }

    /** A month of the default profile. */
    public static void write(Path folder, int customers, int interventions, YearMonth month, long seed)
            throws IOException {
        write(folder, customers, interventions, month, seed, Profile.DEFAULT);
    }

    public static void write(Path folder, int customers, int interventions, YearMonth month, long seed,
                             Profile profile) throws IOException {
        new SyntheticMonth(seed, month, profile).writeAll(folder, customers, interventions);
    }

    private void writeAll(Path folder, int customers, int interventions) throws IOException {
        Files.createDirectories(folder);
        withoutTravelZone = new boolean[customers];
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("customers.csv"), StandardCharsets.UTF_8)) {
            out.write("customer_id,name,street,postal_code,city,country,vat_number,email,language,travel_zone\n");
            for (int c = 0; c < customers; c++) {
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                String zone = country.equals("CH") ? "" : country.equals("LU") ? "1" : random.nextBoolean() ? "2" : "3";
                withoutTravelZone[c] = zone.isEmpty();
                String vat = random.nextInt(4) == 0 ? "" : country + String.format(Locale.ROOT, "%08d", c);
                String language = country.equals("DE") ? "de" : country.equals("CH") ? "en" : "fr";
                out.write(String.format(Locale.ROOT, "%s,\"%s %s, S.à r.l.\",%d rue de la Gare,%s-%04d,Ville %d,%s,%s,"
                                + "c%d@example.com,%s,%s%n", customerId(c), NAMES[c % NAMES.length], "n°" + c,
                        1 + c % 99, country, 1000 + c % 8999, c % 50, country, vat, c, language, zone));
            }
        }
        SplittableRandom streams = new SplittableRandom(seed);
        ContractOffer offer = new ContractOffer(streams.nextLong());
        long ticketSeed = streams.nextLong();
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("contracts.csv"), StandardCharsets.UTF_8)) {
            out.write("contract_id,customer_id,tier,start_date,end_date,monthly_fee\n");
            int contract = 0;
            for (int c = 0; c < customers; c++) {
                int kind = random.nextInt(10);
                LocalDate first = month.atDay(1);
                if (kind < 4) {
                    continue; // no contract: NONE rates
                } else if (kind == 4) { // starts mid-month
                    out.write(contract(++contract, c, offer.terms(TIERS[random.nextInt(TIERS.length)]),
                            first.plusDays(random.nextInt(month.lengthOfMonth())), null));
                } else if (kind == 5) { // tier change mid-month
                    LocalDate change = first.plusDays(1 + random.nextInt(month.lengthOfMonth() - 1));
                    out.write(contract(++contract, c, offer.terms("STANDARD"), first.minusYears(1),
                            change.minusDays(1)));
                    out.write(contract(++contract, c, offer.terms("ENTERPRISE"), change, null));
                } else {
                    out.write(contract(++contract, c, offer.terms(TIERS[random.nextInt(TIERS.length)]),
                            first.minusYears(1), null));
                }
            }
            if (customers > 0) {
                out.write(contract(++contract, 0, new ContractOffer.Terms("GOLD", ""), month.atDay(1), null)); // bad
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("interventions.csv"),
                StandardCharsets.UTF_8);
             BufferedWriter tickets = Files.newBufferedWriter(folder.resolve("tickets.csv"), StandardCharsets.UTF_8)) {
            out.write("intervention_id,customer_id,ticket,technician,start,end,mode,skill,description\n");
            tickets.write(TicketDesk.HEADER);
            TicketDesk desk = new TicketDesk(ticketSeed, tickets, month, customers);
            for (int i = 1; i <= interventions; i++) {
                int customer = profile.customer(random, customers, i);
                InterventionRow row = intervention(i, customer);
                out.write(row.csv());
                desk.intervention(row.ticket(), customerId(customer), row.start());
            }
            desk.endOfMonth();
        }
    }

    /** An interventions.csv line, with the ticket and the start it holds. */
    private record InterventionRow(String ticket, LocalDateTime start, String csv) {
    }

    private InterventionRow intervention(int n, int customer) {
        LocalDateTime start = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atStartOfDay();
        int hour = random.nextInt(10) < 8 ? 8 + random.nextInt(11) : random.nextInt(24);
        start = start.plusHours(hour).plusMinutes(random.nextInt(60));
        boolean onsite = random.nextInt(4) == 0 // always drawn: the draws after it do not depend on the zone
                && (profile.onsiteWithoutTravelZone() || !withoutTravelZone[customer]);
        int minutes = profile.minutes(random, onsite);
        String end = STAMP.format(start.plusMinutes(minutes));
        String skill = SKILLS[random.nextInt(SKILLS.length)];
        String mode = onsite ? "ONSITE" : "REMOTE";
        int bad = random.nextInt(500);
        if (bad == 0) {
            skill = "JUGGLING";
        } else if (bad == 1) {
            end = "not-a-date";
        } else if (bad == 2) {
            start = start.minusMonths(1); // outside the month: skipped
        }
        String ticket = String.format(Locale.ROOT, "T-%06d", n / 2); // two rows in a row share a ticket
        return new InterventionRow(ticket, start, String.format(Locale.ROOT, "I%07d,%s,%s,tech%d,%s,%s,%s,%s,\"%s\"%n",
                n, customerId(customer), ticket, random.nextInt(8), STAMP.format(start), end, mode, skill,
                WORK[random.nextInt(WORK.length)]));
    }

    private static String contract(int n, int customer, ContractOffer.Terms terms, LocalDate start, LocalDate end) {
        return String.format(Locale.ROOT, "K%07d,%s,%s,%s,%s,%s%n", n, customerId(customer), terms.tier(), start,
                end == null ? "" : end.toString(), terms.monthlyFee());
    }

    static String customerId(int n) {
        return String.format(Locale.ROOT, "C%06d", n);
    }

    /** {@code --customers N --interventions M --month YYYY-MM --seed S --profile default|heavy --out DIR} */
    public static void main(String[] args) throws IOException {
        int customers = 1000;
        int interventions = 20000;
        YearMonth month = YearMonth.of(2026, 10);
        long seed = 1;
        Profile profile = Profile.DEFAULT;
        Path out = Path.of("generated");
        String usage = "usage: scripts/generate-data [--customers N] [--interventions M] [--month YYYY-MM]"
                + " [--seed S] [--profile default|heavy] [--out DIR]";
        if (args.length == 1 && args[0].equals("--help")) {
            System.out.println(usage);
            return;
        }
        if (args.length % 2 != 0) { // an option without its value: nothing is written
            System.err.println("every option takes a value; " + usage);
            System.exit(2);
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--customers" -> customers = Integer.parseInt(args[i + 1]);
                case "--interventions" -> interventions = Integer.parseInt(args[i + 1]);
                case "--month" -> month = YearMonth.parse(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--profile" -> profile = Profile.named(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i] + "; " + usage);
                    System.exit(2);
                }
            }
        }
        write(out, customers, interventions, month, seed, profile);
        System.out.printf(Locale.ROOT, "%,d customers and %,d interventions of %s (profile %s) written to %s%n",
                customers, interventions, month, profile.name().toLowerCase(Locale.ROOT), out);
    }
}
