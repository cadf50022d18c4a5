package lu.mixvoip.billing.core.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lu.mixvoip.billing.core.servicelevel.ServiceLevel;
import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.servicelevel.TicketAssessment;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.core.tariff.TariffVersion;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.BillableTime;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.core.time.TimeClassifier;
import lu.mixvoip.billing.core.time.TimePiece;

/**
 * Turns one customer's month into an invoice, following billing-rules §3–§7 and §14, and assesses the month's tickets
 * against their service levels (§15).
 */
public final class InvoiceAssembler {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Tariff tariff;
    private final VatPolicy vatPolicy;

    public InvoiceAssembler(Tariff tariff, VatPolicy vatPolicy) {
        this.tariff = tariff;
        this.vatPolicy = vatPolicy;
    }

    public CustomerBilling bill(CustomerMonth month) {
        List<Rejection> rejections = new ArrayList<>();
        List<Contract> contracts = month.contracts().stream()
                .filter(c -> c.touches(month.month()))
                .sorted(Comparator.comparing(Contract::startDate).thenComparing(Contract::id))
                .toList();
        Optional<String> overlap = overlap(contracts, month.month());
        if (overlap.isPresent()) {
            contracts.forEach(c -> rejections.add(Rejection.contract(c.id(), overlap.get())));
            month.interventions().forEach(i -> rejections.add(Rejection.intervention(i.id(), overlap.get())));
            month.tickets().forEach(t -> rejections.add(Rejection.ticket(t.ticket().id(), overlap.get()))); // §15
            return new CustomerBilling(month.customer().id(), Optional.empty(), rejections, List.of(), List.of());
        }

        List<InvoiceLine> feeLines = new ArrayList<>();
        List<Contract> billedContracts = new ArrayList<>();
        for (Contract contract : contracts) {
            Optional<String> refusal = feeRefusal(contract, month.month());
            if (refusal.isPresent()) {
                rejections.add(Rejection.contract(contract.id(), refusal.get()));
            } else {
                feeLines.add(feeLine(contract, month.month()));
                billedContracts.add(contract);
            }
        }

        List<InvoiceLine> labourLines = new ArrayList<>();
        Map<LocalDate, InvoiceLine> travelLines = new TreeMap<>();
        int interventions = 0;
        long billedMinutes = 0;
        List<Intervention> sorted = month.interventions().stream()
                .sorted(Comparator.comparing((Intervention i) -> i.start().toInstant()).thenComparing(Intervention::id))
                .toList();
        for (Intervention intervention : sorted) {
            LocalDate day = intervention.start().toLocalDate();
            Tier tier = tierOn(billedContracts, day);
            // §14: on a day the active contract is MANAGED the work is included: no charge, no travel fee.
            boolean included = tier == Tier.MANAGED;
            Optional<String> refusal = refusal(intervention, month.customer(), included);
            if (refusal.isPresent()) {
                rejections.add(Rejection.intervention(intervention.id(), refusal.get()));
                continue;
            }
            TariffVersion version = tariff.versionOn(day).orElseThrow();
            BillableTime time = BillableTime.of(intervention.start(), intervention.end(),
                    version.increment(intervention.mode()), TimeClassifier.of(version));
            Long actual = time.actualMinutes();
            for (TimePiece piece : time.pieces()) {
                if (included) {
                    labourLines.add(InvoiceLine.includedLabour(intervention, piece.date(), piece.timeClass(), actual,
                            piece.minutes()));
                } else {
                    BigDecimal rate = version.effectiveRate(tier, intervention.skill(), piece.timeClass());
                    labourLines.add(InvoiceLine.labour(intervention, tier, piece.date(), piece.timeClass(), actual,
                            piece.minutes(), rate, Money.forMinutes(piece.minutes(), rate)));
                }
                actual = null;
            }
            if (intervention.mode() == Mode.ONSITE && !included) {
                String zone = month.customer().travelZone();
                travelLines.computeIfAbsent(day, d -> InvoiceLine.travel(d, zone, version.travelFee(zone).orElseThrow()));
            }
            interventions++;
            billedMinutes += time.billedMinutes();
        }

        List<TicketAssessment> assessments = new ArrayList<>();
        List<Ticket> notAssessed = new ArrayList<>();
        for (TicketOfMonth ticket : month.tickets()) {
            assessment(ticket, billedContracts).ifPresentOrElse(assessments::add,
                    () -> notAssessed.add(ticket.ticket()));
        }

        if (billedContracts.isEmpty() && interventions == 0) {
            return new CustomerBilling(month.customer().id(), Optional.empty(), rejections, assessments, notAssessed);
        }
        List<InvoiceLine> lines = new ArrayList<>(feeLines);
        lines.addAll(labourLines);
        lines.addAll(travelLines.values());
        Optional<Contract> latest = billedContracts.stream()
                .max(Comparator.comparing(Contract::startDate).thenComparing(Contract::id));
        Tier tier = latest.map(Contract::tier).orElse(Tier.NONE);
        // The contract block prints the tier's service level in the version its fee was billed with.
        ServiceLevel serviceLevel = latest.flatMap(c -> tariff.versionOn(c.firstActiveDay(month.month())))
                .flatMap(version -> version.serviceLevel(tier)).orElse(null);
        Invoice invoice = total(month, tier, serviceLevel, lines, interventions, billedMinutes);
        if (invoice.totalInclVat().compareTo(Invoice.MAX_TOTAL) > 0) {
            // Refused like overlapping contracts: the customer's rows are reported, the rest of the month is billed.
            String reason = "the customer's invoice would total " + invoice.totalInclVat().toPlainString()
                    + " EUR incl. VAT, above the largest amount a document holds (" + Invoice.MAX_TOTAL.toPlainString()
                    + "): check its fees and interventions";
            Set<String> refused = rejections.stream().filter(r -> r.type() == Rejection.RecordType.INTERVENTION)
                    .map(Rejection::id).collect(Collectors.toSet());
            billedContracts.forEach(c -> rejections.add(Rejection.contract(c.id(), reason)));
            sorted.stream().filter(i -> !refused.contains(i.id()))
                    .forEach(i -> rejections.add(Rejection.intervention(i.id(), reason)));
            return new CustomerBilling(month.customer().id(), Optional.empty(), rejections, assessments,
                    notAssessed);
        }
        return new CustomerBilling(month.customer().id(), Optional.of(invoice), rejections, assessments, notAssessed);
    }

    /**
     * §15: a ticket is assessed when, on its report's local date, the customer has an active (billed) contract whose
     * tier has a service level in the tariff version in force on that date; otherwise it is not.
     */
    private Optional<TicketAssessment> assessment(TicketOfMonth reported, List<Contract> contracts) {
        LocalDate day = reported.ticket().reportedAt().withZoneSameInstant(LuxembourgCalendar.ZONE).toLocalDate();
        Tier tier = tierOn(contracts, day);
        if (tier == Tier.NONE) {
            return Optional.empty();
        }
        return tariff.versionOn(day).flatMap(version -> version.serviceLevel(tier))
                .map(level -> TicketAssessment.assess(reported, tier, level));
    }

    /** Why a contract's fee cannot be billed for the month, if it cannot. */
    private Optional<String> feeRefusal(Contract contract, YearMonth month) {
        LocalDate firstDay = contract.firstActiveDay(month);
        Optional<TariffVersion> version = tariff.versionOn(firstDay);
        if (version.isEmpty()) {
            return Optional.of("no tariff version in force on " + firstDay);
        }
        if (!contract.hasOwnFee() && version.get().monthlyFee(contract.tier()) == null) {
            // The input rejects a MANAGED contract without monthly_fee; a caller that does not is refused here.
            return Optional.of("no monthly_fee: the tariff has no fee for " + contract.tier()
                    + ", so the contract must carry its own");
        }
        return Optional.empty();
    }

    /** §5 and §14: the contract's own fee, else its tier's fee in the version in force on its first active day. */
    private InvoiceLine feeLine(Contract contract, YearMonth month) {
        LocalDate firstDay = contract.firstActiveDay(month);
        BigDecimal monthlyFee = contract.hasOwnFee() ? contract.monthlyFee()
                : tariff.versionOn(firstDay).orElseThrow().monthlyFee(contract.tier());
        int days = contract.activeDays(month);
        BigDecimal amount = monthlyFee.multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP);
        return InvoiceLine.fee(contract.tier(), contract.id(), firstDay, days, month.lengthOfMonth(), monthlyFee,
                amount);
    }

    /** The tier of the contract active on a day, else NONE (§5). */
    private static Tier tierOn(List<Contract> contracts, LocalDate day) {
        return contracts.stream().filter(c -> c.isActiveOn(day)).findFirst().map(Contract::tier).orElse(Tier.NONE);
    }

    /**
     * Why an intervention cannot be billed under this tariff, if it cannot. On-site work needs a travel zone even when
     * it is included (§14 keeps §11's rule); the zone's fee is needed only where travel is charged.
     */
    private Optional<String> refusal(Intervention intervention, Customer customer, boolean included) {
        LocalDate day = intervention.start().toLocalDate();
        Optional<TariffVersion> version = tariff.versionOn(day);
        if (version.isEmpty()) {
            return Optional.of("no tariff version in force on " + day);
        }
        if (intervention.mode() == Mode.ONSITE) {
            if (!customer.hasTravelZone()) {
                return Optional.of("on-site work for customer " + customer.id() + " who has no travel zone");
            }
            if (!included && version.get().travelFee(customer.travelZone()).isEmpty()) {
                return Optional.of("travel zone " + customer.travelZone() + " has no fee in the tariff in force on "
                        + day);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> overlap(List<Contract> contracts, YearMonth month) {
        for (int i = 0; i < contracts.size(); i++) {
            for (int j = i + 1; j < contracts.size(); j++) {
                if (contracts.get(i).overlaps(contracts.get(j), month)) {
                    return Optional.of("contracts " + contracts.get(i).id() + " and " + contracts.get(j).id()
                            + " are both active in " + month + ": the customer's month cannot be billed");
                }
            }
        }
        return Optional.empty();
    }

    private Invoice total(CustomerMonth month, Tier tier, ServiceLevel serviceLevel, List<InvoiceLine> lines,
                          int interventions, long billedMinutes) {
        BigDecimal fees = sum(lines, LineKind.FEE);
        BigDecimal labour = sum(lines, LineKind.LABOUR);
        BigDecimal travel = sum(lines, LineKind.TRAVEL);
        BigDecimal totalExclVat = fees.add(labour).add(travel);
        VatTreatment treatment = vatPolicy.treatmentOf(month.customer());
        BigDecimal vatRate = vatPolicy.rateFor(treatment).setScale(2, RoundingMode.HALF_UP);
        BigDecimal vat = Money.round(totalExclVat.multiply(vatRate).divide(HUNDRED));
        return new Invoice(month.customer(), month.month(), tier, lines, fees, labour, travel, totalExclVat,
                treatment, vatRate, vat, totalExclVat.add(vat), interventions, billedMinutes, serviceLevel);
    }

    private static BigDecimal sum(List<InvoiceLine> lines, LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(InvoiceLine::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }
}
