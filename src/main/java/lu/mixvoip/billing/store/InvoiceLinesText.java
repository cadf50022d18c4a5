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
 * basis, unit rate, amount. Rates and amounts are kept in cents, as the old {@code NUMERIC(14,2)} columns did.
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
                    .field(cents(l.unitRate())).field(cents(l.amount()))
                    .endRow();
        }
        return text.toString();
    }

    static List<InvoiceLine> unpack(String packed) {
        PackedRows.Reader text = new PackedRows.Reader(packed);
        List<InvoiceLine> lines = new ArrayList<>();
        while (text.hasRow()) {
            lines.add(new InvoiceLine(LineKind.valueOf(text.field()), LocalDate.parse(text.field()), text.field(),
                    text.field(), text.field(), parse(Tier.class, text.field()), parse(Mode.class, text.field()),
                    parse(Skill.class, text.field()), parse(TimeClass.class, text.field()),
                    text.nullableLongField(), text.longField(), text.nullableLongField(),
                    new BigDecimal(text.field()), new BigDecimal(text.field())));
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
