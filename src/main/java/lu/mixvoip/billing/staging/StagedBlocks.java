package lu.mixvoip.billing.staging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.BiConsumer;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * The one packed format of the store: the rows of a staged month, many to a text value of {@code staged_block}.
 * <p>
 * Invariant: a staged month is transient working data of one run. The load writes it once, the issue step reads it
 * once in ascending customer id, and nothing else reads it; it is never a record of what was billed (issued
 * documents are plain rows). So its format may change with any version, and packing it costs no reader anything:
 * a month of a million interventions is written and read back as a few thousand rows, a range of consecutive
 * customers at a time, instead of a million rows scattered across the customers' order.
 * <p>
 * A block holds rows of one kind, one row per line, fields separated by a tab; a backslash escapes a backslash, tab,
 * newline or carriage return in a field ({@code \t}, {@code \n}, {@code \r}, {@code \\}), {@code \N} is null.
 * Readable as is in a SQL console. Each row carries the source line it came from, for rejects.csv.
 */
final class StagedBlocks {
    /** The kinds of rows, as {@code staged_block.kind}. */
    enum Kind { CUSTOMER, CONTRACT, INTERVENTION, TICKET }

    private StagedBlocks() {
    }

    static void pack(Writer block, Customer c, Long line) {
        block.field(c.id()).field(line).field(c.name()).field(c.street()).field(c.postalCode()).field(c.city())
                .field(c.country()).field(c.vatNumber()).field(c.email()).field(c.language().name())
                .field(c.travelZone()).field(c.peppolId() == null ? null : c.peppolId().toString()).endRow();
    }

    static void unpackCustomers(String block, BiConsumer<Customer, Long> each) {
        Reader rows = new Reader(block);
        while (rows.hasRow()) {
            String id = rows.field();
            Long line = rows.nullableLongField();
            Customer customer = new Customer(id, rows.field(), rows.field(), rows.field(), rows.field(), rows.field(),
                    rows.field(), rows.field(), Language.valueOf(rows.field()), rows.field(), null);
            String peppolId = rows.field();
            each.accept(peppolId == null ? customer : withPeppolId(customer, ElectronicAddress.parse(peppolId)), line);
        }
    }

    static void pack(Writer block, Contract c, Long line) {
        block.field(c.id()).field(c.customerId()).field(line).field(c.tier().name()).field(c.startDate().toString())
                .field(c.endDate() == null ? null : c.endDate().toString())
                .field(c.monthlyFee() == null ? null : c.monthlyFee().toPlainString()).endRow();
    }

    static void unpackContracts(String block, BiConsumer<Contract, Long> each) {
        Reader rows = new Reader(block);
        while (rows.hasRow()) {
            String id = rows.field();
            String customerId = rows.field();
            Long line = rows.nullableLongField();
            Tier tier = Tier.valueOf(rows.field());
            LocalDate start = LocalDate.parse(rows.field());
            String end = rows.field();
            String fee = rows.field();
            each.accept(new Contract(id, customerId, tier, start, end == null ? null : LocalDate.parse(end),
                    fee == null ? null : new BigDecimal(fee)), line);
        }
    }

    static void pack(Writer block, Intervention i, Long line) {
        block.field(i.id()).field(i.customerId()).field(line).field(i.ticket()).field(i.technician())
                .field(epochMinute(i.start())).field(epochMinute(i.end())).field(i.mode().name())
                .field(i.skill().name()).field(i.description()).endRow();
    }

    static void unpackInterventions(String block, BiConsumer<Intervention, Long> each) {
        Reader rows = new Reader(block);
        while (rows.hasRow()) {
            String id = rows.field();
            String customerId = rows.field();
            Long line = rows.nullableLongField();
            each.accept(new Intervention(id, customerId, rows.field(), rows.field(),
                    fromEpochMinute(rows.longField()), fromEpochMinute(rows.longField()), Mode.valueOf(rows.field()),
                    Skill.valueOf(rows.field()), rows.field()), line);
        }
    }

    static void pack(Writer block, TicketOfMonth t, Long line) {
        Ticket ticket = t.ticket();
        block.field(ticket.id()).field(ticket.customerId()).field(line).field(epochMinute(ticket.reportedAt()))
                .field(ticket.respondedAt() == null ? null : epochMinute(ticket.respondedAt()))
                .field(t.firstInterventionAt() == null ? null : epochMinute(t.firstInterventionAt())).endRow();
    }

    static void unpackTickets(String block, BiConsumer<TicketOfMonth, Long> each) {
        Reader rows = new Reader(block);
        while (rows.hasRow()) {
            String id = rows.field();
            String customerId = rows.field();
            Long line = rows.nullableLongField();
            ZonedDateTime reported = fromEpochMinute(rows.longField());
            Long responded = rows.nullableLongField();
            Long first = rows.nullableLongField();
            each.accept(new TicketOfMonth(new Ticket(id, customerId, reported,
                    responded == null ? null : fromEpochMinute(responded)),
                    first == null ? null : fromEpochMinute(first)), line);
        }
    }

    private static Customer withPeppolId(Customer c, ElectronicAddress peppolId) {
        return new Customer(c.id(), c.name(), c.street(), c.postalCode(), c.city(), c.country(), c.vatNumber(),
                c.email(), c.language(), c.travelZone(), peppolId);
    }

    /** Timestamps are whole minutes (seconds are dropped when they are read): stored as minutes since 1970. */
    private static Long epochMinute(ZonedDateTime time) {
        return time.toEpochSecond() / 60;
    }

    private static ZonedDateTime fromEpochMinute(long minute) {
        return Instant.ofEpochSecond(minute * 60).atZone(LuxembourgCalendar.ZONE);
    }

    /** Appends rows; {@link #toString()} is the packed text. */
    static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private boolean rowStarted;

        Writer field(String value) {
            separate();
            if (value == null) {
                text.append("\\N");
            } else if (!needsEscapes(value)) {
                text.append(value);
            } else {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    switch (c) {
                        case '\\' -> text.append("\\\\");
                        case '\t' -> text.append("\\t");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        default -> text.append(c);
                    }
                }
            }
            return this;
        }

        Writer field(Long value) {
            if (value == null) {
                return field((String) null);
            }
            separate();
            text.append(value.longValue());
            return this;
        }

        void endRow() {
            text.append('\n');
            rowStarted = false;
        }

        /** Appends whole rows already packed: {@code packed} from {@code start} to {@code end}. */
        Writer packedRows(CharSequence packed, int start, int end) {
            text.append(packed, start, end);
            return this;
        }

        int length() {
            return text.length();
        }

        @Override
        public String toString() {
            return text.toString();
        }

        private void separate() {
            if (rowStarted) {
                text.append('\t');
            }
            rowStarted = true;
        }

        private static boolean needsEscapes(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                    return true;
                }
            }
            return false;
        }
    }

    /** Reads packed rows back, field by field, in the order they were written. */
    static final class Reader {
        private final String text;
        private int position;
        private final StringBuilder field = new StringBuilder();

        Reader(String text) {
            this.text = text;
        }

        boolean hasRow() {
            return position < text.length();
        }

        /** The next field of the current row; the last field of a row moves to the next row. */
        String field() {
            int start = position;
            int end = start;
            boolean escaped = false;
            for (char c; end < text.length() && (c = text.charAt(end)) != '\t' && c != '\n'; end++) {
                if (c == '\\') {
                    escaped = true;
                    end++; // the escaped character is never a separator
                }
            }
            position = end + 1;
            return escaped ? unescape(start, end) : text.substring(start, end);
        }

        long longField() {
            return Long.parseLong(field());
        }

        Long nullableLongField() {
            String value = field();
            return value == null ? null : Long.valueOf(value);
        }

        private String unescape(int start, int end) {
            if (end - start == 2 && text.charAt(start + 1) == 'N') {
                return null;
            }
            field.setLength(0);
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c != '\\') {
                    field.append(c);
                    continue;
                }
                char escaped = text.charAt(++i);
                field.append(switch (escaped) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> escaped;
                });
            }
            return field.toString();
        }
    }
}
