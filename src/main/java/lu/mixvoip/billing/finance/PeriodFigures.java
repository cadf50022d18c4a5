package lu.mixvoip.billing.finance;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.Money;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;

/**
 * What the overview shows of the period's documents: their counts and totals, revenue excl. VAT by tier (a line's
 * own tier, travel the document's), by skill (labour) and by country, and the run that billed each billing month
 * last in the period (whose tickets and rejected rows the overview counts). Credit notes count negative.
 */
final class PeriodFigures {
    private long invoices;
    private long creditNotes;
    private BigDecimal totalExclVat = Money.ZERO;
    private BigDecimal vat = Money.ZERO;
    private BigDecimal totalInclVat = Money.ZERO;
    private final Map<Tier, BigDecimal> byTier = new EnumMap<>(Tier.class);
    private final Map<Skill, BigDecimal> bySkill = new EnumMap<>(Skill.class);
    private final Map<String, BigDecimal> byCountry = new TreeMap<>();
    private final Map<String, Long> lastRunOfMonth = new TreeMap<>();

    void add(PeriodDocument d) {
        if (d.creditNote()) {
            creditNotes++;
        } else {
            invoices++;
        }
        totalExclVat = totalExclVat.add(d.totalExclVat());
        vat = vat.add(d.vat());
        totalInclVat = totalInclVat.add(d.totalInclVat());
        for (PeriodDocument.Line line : d.lines()) {
            byTier.merge(d.tierOf(line), line.amount(), BigDecimal::add);
            if (line.kind() == LineKind.LABOUR && line.skill() != null) {
                bySkill.merge(line.skill(), line.amount(), BigDecimal::add);
            }
        }
        byCountry.merge(d.country(), d.totalExclVat(), BigDecimal::add);
        lastRunOfMonth.merge(d.billingMonth(), d.runId(), Math::max);
    }

    long invoices() {
        return invoices;
    }

    long creditNotes() {
        return creditNotes;
    }

    BigDecimal totalExclVat() {
        return totalExclVat;
    }

    BigDecimal vat() {
        return vat;
    }

    BigDecimal totalInclVat() {
        return totalInclVat;
    }

    Map<Tier, BigDecimal> byTier() {
        return new EnumMap<>(byTier);
    }

    Map<Skill, BigDecimal> bySkill() {
        return new EnumMap<>(bySkill);
    }

    Map<String, BigDecimal> byCountry() {
        return new TreeMap<>(byCountry);
    }

    /** Billing month → the run that issued its latest documents of the period. */
    Map<String, Long> lastRunOfMonth() {
        return new TreeMap<>(lastRunOfMonth);
    }
}
