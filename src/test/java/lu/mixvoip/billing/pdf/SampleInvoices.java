package lu.mixvoip.billing.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.Money;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;
import lu.mixvoip.billing.einvoice.CiiDocuments;
import lu.mixvoip.billing.einvoice.EInvoicing;
import lu.mixvoip.billing.einvoice.SellerParty;

/** Hand-made invoices for the renderer's tests, with totals computed the way billing-rules §7 says. */
final class SampleInvoices {
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 1);
    static final LocalDate DUE = ISSUED.plusDays(30);
    /** The day the sample credit notes are issued, two weeks after the invoices they cancel. */
    static final LocalDate CREDITED = LocalDate.of(2026, 11, 15);
    private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    static final Seller SELLER = new Seller("Mixvoip S.A.", "70, route d'Esch", "L-1470", "Luxembourg", "LU",
            "LU26375245", "LU28 0019 4006 4475 0000", "BCEELULL", "billing@mixvoip.lu", 30, null, null);

    private static final CiiDocuments FACTUR_X = new CiiDocuments(SellerParty.of(SELLER));

    static final Customer SCHMIT = new Customer("C-1001", "Boulangerie Schmit S.à r.l.", "12, rue de l'Église",
            "L-4011", "Esch-sur-Alzette", "LU", "LU19283746", "compta@schmit.lu", Language.FR, "1");
    static final Customer MULLER = new Customer("C-2002", "Müller & Söhne GmbH", "Hauptstraße 5", "54290", "Trier",
            "DE", "DE811907980", "buchhaltung@mueller-soehne.de", Language.DE, "2");
    static final Customer LEFEVRE = new Customer("C-3003", "Atelier Lefèvre SRL", "Rue des Déportés 41", "6700",
            "Arlon", "be", "BE0477472701", "info@lefevre.be", Language.FR, "2");
    static final Customer ZURICH = new Customer("C-4004", "Zürcher Datendienste AG", "Bahnhofstrasse 1", "8001",
            "Zürich", "CH", null, "ap@zdd.ch", Language.EN, "3");
    static final Customer WEBER = new Customer("C-5005", "Cabinet Weber & Associés", "2, boulevard Royal", "L-2449",
            "Luxembourg", "LU", "LU24681357", "finance@weber.lu", Language.FR, "1");

    // Names beyond Windows-1252, each with its street and city in its own script.
    static final Customer LODZ = new Customer("C-6006", "Łódź Spółka z o.o.", "ul. Żwirki i Wigury 17",
            "90-364", "Łódź", "PL", "PL7251868136", "faktury@lodz-spolka.pl", Language.EN, "3");
    static final Customer KRIZIK = new Customer("C-6007", "Křižík a.s.", "Náměstí Míru 15", "120 00",
            "Praha 2 – Vinohrady", "CZ", "CZ25596641", "fakturace@krizik.cz", Language.DE, "3");
    static final Customer ATHENS = new Customer("C-6008", "Αθηναϊκή Τεχνική Α.Ε.", "Οδός Ερμού 25", "105 63",
            "Αθήνα", "GR", "EL094014201", "logistirio@athinaiki.gr", Language.EN, "3");
    static final Customer SOFIA = new Customer("C-6009", "Техносервиз ЕООД", "ул. „Шипка“ 34", "1504", "София",
            "BG", "BG175074752", "schetovodstvo@tehnoserviz.bg", Language.EN, "3");
    /** Typed with decomposed accents: "Cafe" + U+0301 (combining acute), "E" + U+0301 in "Église". */
    static final Customer CAFE = new Customer("C-6010", "Cafe\u0301 de la Gare", "1, place de l'E\u0301glise",
            "L-1111", "Luxembourg", "LU", "LU11223344", "cafe@gare.lu", Language.FR, "1");

    private SampleInvoices() {
    }

    /** A Luxembourg customer on the Bureau contract from the 15th, with work in all three time classes. */
    static IssuedInvoice schmit() {
        return new Draft(SCHMIT, Tier.OFFICE)
                .fee(Tier.OFFICE, "CT-0042", OCTOBER.atDay(15), new BigDecimal("262.00"))
                .labour("I-1001", "T-5512", "Imprimante du comptoir hors ligne", Mode.REMOTE, Skill.TECHNICIAN,
                        "2026-10-05T09:10", 31, new Piece(45, TimeClass.NORMAL, "96.00"))
                .labour("I-1002", "T-5530", "Remplacement switch réserve, câblage baie", Mode.ONSITE, Skill.CABLING,
                        "2026-10-12T19:30", 20, new Piece(30, TimeClass.NORMAL, "87.00"),
                        new Piece(30, TimeClass.OFF_HOURS, "130.50"))
                .labour("I-1003", "T-5547", "Caisse enregistreuse : mise à jour urgente", Mode.REMOTE, Skill.ENGINEER,
                        "2026-10-18T10:00", 7, new Piece(15, TimeClass.SUNDAY_HOLIDAY, "222.00"))
                .travel(LocalDate.of(2026, 10, 12), "1", "45.00")
                .issue("INV-2026-000001", VatTreatment.DOMESTIC, "17.00");
    }

    /** A German customer with a VAT number: reverse charge, German labels. */
    static IssuedInvoice muller() {
        return new Draft(MULLER, Tier.ENTERPRISE)
                .fee(Tier.ENTERPRISE, "CT-0077", OCTOBER.atDay(1), new BigDecimal("318.00"))
                .labour("I-2001", "T-6001", "Firewall-Regeln für Außenstelle überprüft", Mode.REMOTE, Skill.ENGINEER,
                        "2026-10-06T14:00", 80, new Piece(90, TimeClass.NORMAL, "111.00"))
                .labour("I-2002", "T-6002", "Serverraum: Netzwerkdosen gepatcht", Mode.ONSITE, Skill.CABLING,
                        "2026-10-21T08:30", 95, new Piece(105, TimeClass.NORMAL, "87.00"))
                .travel(LocalDate.of(2026, 10, 21), "2", "75.00")
                .issue("INV-2026-000002", VatTreatment.REVERSE_CHARGE, "0.00");
    }

    /** A Belgian customer with a VAT number and French as language: reverse charge, French labels. */
    static IssuedInvoice lefevre() {
        return new Draft(LEFEVRE, Tier.STANDARD)
                .fee(Tier.STANDARD, "CT-0103", OCTOBER.atDay(1), new BigDecimal("58.00"))
                .labour("I-3001", "T-7001", "Messagerie : migration des boîtes", Mode.REMOTE, Skill.CONSULTING,
                        "2026-10-09T16:45", 52, new Piece(60, TimeClass.NORMAL, "139.00"))
                .issue("INV-2026-000003", VatTreatment.REVERSE_CHARGE, "0.00");
    }

    /** A Swiss customer without contract writing in English: outside the scope of EU VAT. */
    static IssuedInvoice zurich() {
        return new Draft(ZURICH, Tier.NONE)
                .labour("I-4001", "T-8001", "VPN tunnel to Luxembourg office re-keyed", Mode.REMOTE, Skill.ENGINEER,
                        "2026-10-02T23:50", 30, new Piece(10, TimeClass.OFF_HOURS, "193.50"),
                        new Piece(20, TimeClass.OFF_HOURS, "193.50"))
                .labour("I-4002", "T-8002", "On-site audit of the Zürich branch network", Mode.ONSITE,
                        Skill.CONSULTING, "2026-10-14T09:00", 385, new Piece(390, TimeClass.NORMAL, "145.00"))
                .travel(LocalDate.of(2026, 10, 14), "3", "110.00")
                .issue("INV-2026-000004", VatTreatment.OUTSIDE_EU, "0.00");
    }

    /** A Luxembourg customer with {@code labourLines} lines of work: enough for several pages. */
    static IssuedInvoice weber(int labourLines) {
        return manyLines(WEBER, "INV-2026-000005", labourLines);
    }

    /**
     * One piece of work described in the customer's own script ({@code description}, ticket {@code ticket}) and
     * {@code labourLines} more, after a monthly fee: invoice {@code number}, domestic VAT.
     */
    static IssuedInvoice inTheirScript(Customer customer, String number, String ticket, String description,
                                       int labourLines) {
        return manyLines(customer, number, labourLines, draft -> draft.labour("I-7001", ticket, description,
                Mode.REMOTE, Skill.ENGINEER, "2026-10-01T10:00", 25, new Piece(30, TimeClass.NORMAL, "111.00")));
    }

    private static IssuedInvoice manyLines(Customer customer, String number, int labourLines) {
        return manyLines(customer, number, labourLines, draft -> { });
    }

    private static IssuedInvoice manyLines(Customer customer, String number, int labourLines,
                                           java.util.function.Consumer<Draft> first) {
        Draft draft = new Draft(customer, Tier.ENTERPRISE)
                .fee(Tier.ENTERPRISE, "CT-0200", OCTOBER.atDay(1), new BigDecimal("318.00"));
        Skill[] skills = Skill.values();
        String[] rates = {"87.00", "96.00", "111.00", "131.00"};
        String[] topics = {"Poste de travail lent", "Réinitialisation du mot de passe", "Partage réseau inaccessible",
                "Licence Office à réattribuer", "Sauvegarde nocturne en échec — relance et vérification des journaux",
                "Écran secondaire ne s'allume plus"};
        first.accept(draft);
        java.util.SortedSet<LocalDate> onSiteDays = new java.util.TreeSet<>();
        int line = 0;
        int intervention = 0;
        while (line < labourLines) {
            intervention++;
            int day = 1 + Math.min(30, line * 31 / labourLines);
            int skill = intervention % skills.length;
            String start = String.format(Locale.ROOT, "2026-10-%02dT%02d:00", day, 8 + intervention % 11);
            String id = String.format(Locale.ROOT, "I-5%04d", intervention);
            String ticket = String.format(Locale.ROOT, "T-9%04d", intervention);
            String topic = topics[intervention % topics.length];
            if (intervention % 7 == 0 && line + 2 <= labourLines) {
                BigDecimal off = new BigDecimal(rates[skill]).multiply(new BigDecimal("1.5"));
                draft.labour(id, ticket, topic, Mode.ONSITE, skills[skill], start, 100,
                        new Piece(60, TimeClass.NORMAL, rates[skill]),
                        new Piece(45, TimeClass.OFF_HOURS, Money.round(off).toPlainString()));
                onSiteDays.add(OCTOBER.atDay(day));
                line += 2;
            } else {
                draft.labour(id, ticket, topic, Mode.REMOTE, skills[skill], start, 10 + intervention % 50,
                        new Piece(15 * (1 + intervention % 4), TimeClass.NORMAL, rates[skill]));
                line++;
            }
        }
        onSiteDays.forEach(day -> draft.travel(day, "1", "45.00"));
        return draft.issue(number, VatTreatment.DOMESTIC, "17.00");
    }

    static List<IssuedInvoice> all() {
        return List.of(schmit(), muller(), lefevre(), zurich(), weber(400));
    }

    /** A credit note cancelling {@code invoice} in full, issued on {@link #CREDITED}. */
    static CreditNote creditNote(String number, IssuedInvoice invoice) {
        return new CreditNote(number, CREDITED, invoice);
    }

    /** One credit note per language and VAT treatment: fr domestic, de and fr reverse charge, en outside the EU. */
    static List<CreditNote> creditNotes() {
        return List.of(creditNote("CN-2026-000001", schmit()), creditNote("CN-2026-000002", muller()),
                creditNote("CN-2026-000003", lefevre()), creditNote("CN-2026-000004", zurich()));
    }

    /** The invoice's Factur-X CII, as the product makes it: what the renderer attaches as factur-x.xml. */
    static byte[] facturX(IssuedInvoice invoice) {
        return FACTUR_X.invoice(invoice, EInvoicing.addressOf(invoice.invoice().customer()).orElse(null));
    }

    /** The credit note's Factur-X CII. */
    static byte[] facturX(CreditNote note) {
        return FACTUR_X.creditNote(note, EInvoicing.addressOf(note.cancelled().invoice().customer()).orElse(null));
    }

    record Piece(long minutes, TimeClass timeClass, String rate) {
    }

    /** An invoice being written: lines in the order the assembler produces them (fees, labour, travel). */
    static final class Draft {
        private final Customer customer;
        private final Tier tier;
        private final List<InvoiceLine> lines = new ArrayList<>();
        private int interventions;
        private long billedMinutes;

        Draft(Customer customer, Tier tier) {
            this.customer = customer;
            this.tier = tier;
        }

        Draft fee(Tier contractTier, String contractId, LocalDate firstDay, BigDecimal monthlyFee) {
            int days = OCTOBER.lengthOfMonth() - firstDay.getDayOfMonth() + 1;
            BigDecimal amount = monthlyFee.multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(OCTOBER.lengthOfMonth()), 2, RoundingMode.HALF_UP);
            lines.add(InvoiceLine.fee(contractTier, contractId, firstDay, days, OCTOBER.lengthOfMonth(), monthlyFee,
                    amount));
            return this;
        }

        Draft labour(String id, String ticket, String description, Mode mode, Skill skill, String start,
                     long actualMinutes, Piece... pieces) {
            var begin = java.time.LocalDateTime.parse(start).atZone(LUXEMBOURG);
            Intervention intervention = new Intervention(id, customer.id(), ticket, "jdoe", begin,
                    begin.plusMinutes(actualMinutes), mode, skill, description);
            Long actual = actualMinutes;
            var at = begin;
            for (Piece piece : pieces) {
                BigDecimal rate = new BigDecimal(piece.rate());
                lines.add(InvoiceLine.labour(intervention, tier, at.toLocalDate(), piece.timeClass(), actual,
                        piece.minutes(), rate, Money.forMinutes(piece.minutes(), rate)));
                actual = null;
                at = at.plusMinutes(piece.minutes());
                billedMinutes += piece.minutes();
            }
            interventions++;
            return this;
        }

        Draft travel(LocalDate day, String zone, String fee) {
            lines.add(InvoiceLine.travel(day, zone, new BigDecimal(fee)));
            return this;
        }

        IssuedInvoice issue(String number, VatTreatment treatment, String vatRate) {
            List<InvoiceLine> ordered = new ArrayList<>();
            for (LineKind kind : LineKind.values()) {
                lines.stream().filter(l -> l.kind() == kind).forEach(ordered::add);
            }
            BigDecimal fees = sum(LineKind.FEE);
            BigDecimal labour = sum(LineKind.LABOUR);
            BigDecimal travel = sum(LineKind.TRAVEL);
            BigDecimal excl = fees.add(labour).add(travel);
            BigDecimal rate = new BigDecimal(vatRate);
            BigDecimal vat = Money.round(excl.multiply(rate).divide(BigDecimal.valueOf(100)));
            Invoice invoice = new Invoice(customer, OCTOBER, tier, ordered, fees, labour, travel, excl, treatment,
                    rate, vat, excl.add(vat), interventions, billedMinutes);
            return new IssuedInvoice(number, ISSUED, DUE, invoice);
        }

        private BigDecimal sum(LineKind kind) {
            return lines.stream().filter(l -> l.kind() == kind).map(InvoiceLine::amount)
                    .reduce(Money.ZERO, BigDecimal::add);
        }
    }
}
