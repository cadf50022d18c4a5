package lu.mixvoip.billing.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.Money;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * An issued invoice's lines as the one text value of {@code invoice.lines}: an issued invoice is never changed and
 * always read whole, so its lines need no rows of their own. One {@link PackedRows} row a line, in order: kind,
 * date (yyyy-MM-dd), reference, ticket, description, tier, mode, skill, time class, actual minutes, quantity,
 * basis, unit rate, amount, included (1 or 0; absent from lines packed before it: 0). Rates and amounts are kept in
 * cents, as the old {@code NUMERIC(14,2)} columns did.
 */
final class InvoiceLinesText {
    private InvoiceLinesText() {
    }

    static String pack(List<InvoiceLine> lines) {
        PackedRows.Writer text = new PackedRows.Writer();
        for (InvoiceLine l : lines) {
            text.field(l.kind().name()).field(l.date().toString()).field(l.reference()).field(l.ticket())
                    .field(l.description()).field(name(l.tier())).field(name(l.mode())).field(name(l.skill()))
                    .field(name(l.timeClass())).field(l.actualMinutes()).field(l.quantity()).field(l.basis())
                    .field(cents(l.unitRate())).field(cents(l.amount())).field(l.included() ? 1 : 0)
                    .endRow();
        }
        return text.toString();
    }

    static List<InvoiceLine> unpack(String packed) {
        PackedRows.Reader text = new PackedRows.Reader(packed);
        List<InvoiceLine> lines = new ArrayList<>();
        while (text.hasRow()) {
            LineKind kind = LineKind.valueOf(text.field());
            LocalDate date = LocalDate.parse(text.field());
            String reference = text.field();
            String ticket = text.field();
            String description = text.field();
            Tier tier = parse(Tier.class, text.field());
            Mode mode = parse(Mode.class, text.field());
            Skill skill = parse(Skill.class, text.field());
            TimeClass timeClass = parse(TimeClass.class, text.field());
            Long actualMinutes = text.nullableLongField();
            long quantity = text.longField();
            Long basis = text.nullableLongField();
            BigDecimal unitRate = new BigDecimal(text.field());
            BigDecimal amount = new BigDecimal(text.field());
            boolean included = !text.rowEnded() && text.longField() == 1;
            lines.add(new InvoiceLine(kind, date, reference, ticket, description, tier, mode, skill, timeClass,
                    actualMinutes, quantity, basis, unitRate, amount, included));
        }
        return lines;
    }

    /** What a {@code NUMERIC(14,2)} column keeps of an amount. */
    private static String cents(BigDecimal amount) {
        return Money.round(amount).toPlainString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
