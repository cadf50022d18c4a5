package lu.mixvoip.billing.store;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.function.BiConsumer;

import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/** Staged interventions as packed rows: one per intervention, with the source line it came from. */
final class StagedInterventions {
    private StagedInterventions() {
    }

    static void pack(PackedRows.Writer block, Intervention i, Long line) {
        block.field(i.id()).field(i.customerId()).field(line).field(i.ticket()).field(i.technician())
                .field(epochMinute(i.start())).field(epochMinute(i.end())).field(i.mode().name())
                .field(i.skill().name()).field(i.description()).endRow();
    }

    /** Hands every intervention of a block, with its source line, to {@code each}. */
    static void unpack(String block, BiConsumer<Intervention, Long> each) {
        PackedRows.Reader rows = new PackedRows.Reader(block);
        while (rows.hasRow()) {
            String id = rows.field();
            String customerId = rows.field();
            Long line = rows.nullableLongField();
            Intervention intervention = new Intervention(id, customerId, rows.field(), rows.field(),
                    fromEpochMinute(rows.longField()), fromEpochMinute(rows.longField()), Mode.valueOf(rows.field()),
                    Skill.valueOf(rows.field()), rows.field());
            each.accept(intervention, line);
        }
    }

    static long epochMinute(ZonedDateTime time) {
        return time.toEpochSecond() / 60;
    }

    static ZonedDateTime fromEpochMinute(long minute) {
        return Instant.ofEpochSecond(minute * 60).atZone(LuxembourgCalendar.ZONE);
    }
}
