package lu.mixvoip.billing.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.BiConsumer;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/** A staged month's rows as packed rows ({@link PackedRows}): one per row, with the source line it came from. */
final class StagedRows {
    private StagedRows() {
    }

    static void pack(PackedRows.Writer block, Customer c, Long line) {
        block.field(c.id()).field(line).field(c.name()).field(c.street()).field(c.postalCode()).field(c.city())
                .field(c.country()).field(c.vatNumber()).field(c.email()).field(c.language().name())
                .field(c.travelZone()).endRow();
    }

    static void unpackCustomers(String block, BiConsumer<Customer, Long> each) {
        PackedRows.Reader rows = new PackedRows.Reader(block);
        while (rows.hasRow()) {
            String id = rows.field();
            Long line = rows.nullableLongField();
            each.accept(new Customer(id, rows.field(), rows.field(), rows.field(), rows.field(), rows.field(),
                    rows.field(), rows.field(), Language.valueOf(rows.field()), rows.field()), line);
        }
    }

    static void pack(PackedRows.Writer block, Contract c, Long line) {
        block.field(c.id()).field(c.customerId()).field(line).field(c.tier().name()).field(c.startDate().toString())
                .field(c.endDate() == null ? null : c.endDate().toString())
                .field(c.monthlyFee() == null ? null : c.monthlyFee().toPlainString()).endRow();
    }

    static void unpackContracts(String block, BiConsumer<Contract, Long> each) {
        PackedRows.Reader rows = new PackedRows.Reader(block);
        while (rows.hasRow()) {
            String id = rows.field();
            String customerId = rows.field();
            Long line = rows.nullableLongField();
            Tier tier = Tier.valueOf(rows.field());
            LocalDate start = LocalDate.parse(rows.field());
            String end = rows.field();
            String fee = rows.rowEnded() ? null : rows.field(); // staged before monthly fees: none
            each.accept(new Contract(id, customerId, tier, start, end == null ? null : LocalDate.parse(end),
                    fee == null ? null : new BigDecimal(fee)), line);
        }
    }

    static void pack(PackedRows.Writer block, Intervention i, Long line) {
        block.field(i.id()).field(i.customerId()).field(line).field(i.ticket()).field(i.technician())
                .field(epochMinute(i.start())).field(epochMinute(i.end())).field(i.mode().name())
                .field(i.skill().name()).field(i.description()).endRow();
    }

    static void unpackInterventions(String block, BiConsumer<Intervention, Long> each) {
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
