package lu.mixvoip.billing.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.LineKind;

/**
 * The invoice lines in one table, so every amount sits in the same right-aligned column: monthly fees, then
 * support work, then travel, each under a section row. The column header repeats on every page.
 *
 * <p>The columns are as wide as this invoice's texts in them (short texts such as the time class may wrap at a
 * bound), and the description takes all the rest. Every time piece of an intervention shows its billed minutes;
 * the actual minutes, which belong to the whole intervention, are printed on its first piece (with how many pieces
 * they cover) and the later pieces say they continue it. The last lines are kept on the page of the totals, and a
 * section row is never left alone at the bottom of a page.
 */
final class LineTable {
    private static final int DATE = 0, TICKET = 1, DESCRIPTION = 2, MODE = 3, SKILL = 4, TIME_CLASS = 5, ACTUAL = 6,
            BILLED = 7, UNIT_PRICE = 8, AMOUNT = 9, COLUMNS = 10;
    /** A fee or travel line writes its text across description … billed minutes. */
    private static final int TEXT_SPAN = BILLED - DESCRIPTION + 1;
    /** The widest a column that may wrap (ticket, mode, skill, time class) grows for its texts. */
    private static final float WRAPPING_COLUMN = 62;
    private static final float PADDING = 2.6f;
    private static final float HEADER_PADDING = 4.5f;
    /** How many of the last lines stay with the totals. */
    private static final int KEPT_WITH_TOTALS = 2;

    private final InvoiceLabels labels;
    private final InvoiceFormat format;

    LineTable(InvoiceLabels labels, InvoiceFormat format) {
        this.labels = labels;
        this.format = format;
    }

    /** A row of the table, measured: its cells' texts wrapped to their columns. */
    private static final class Row {
        final TextBlock[] cells;
        final float[] x;
        final Color background;
        final boolean header;
        final float padding;

        Row(TextBlock[] cells, float[] x, Color background, boolean header, float padding) {
            this.cells = cells;
            this.x = x;
            this.background = background;
            this.header = header;
            this.padding = padding;
        }

        float height() {
            float height = 0;
            for (TextBlock cell : cells) {
                if (cell != null) {
                    height = Math.max(height, cell.height());
                }
            }
            return height + 2 * padding;
        }

        /** This row cut to {@code maxHeight}, and the rest of it for the next page. */
        Row[] split(float maxHeight) {
            TextBlock[] head = new TextBlock[cells.length];
            TextBlock[] tail = new TextBlock[cells.length];
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    TextBlock[] parts = cells[i].split(maxHeight - 2 * padding);
                    head[i] = parts[0];
                    tail[i] = parts[1];
                }
            }
            return new Row[] {new Row(head, x, background, header, padding),
                    new Row(tail, x, background, header, padding)};
        }

        void draw(PageCanvas canvas, float top) {
            float height = height();
            if (background != null) {
                canvas.rectangle(background, InvoiceStyle.LEFT, top - height, InvoiceStyle.RIGHT - InvoiceStyle.LEFT,
                        height);
            }
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    // Header texts sit on the row's bottom, as column headers do; cells on its top.
                    float cellTop = header ? top - height + padding + cells[i].height() : top - padding;
                    cells[i].draw(canvas, x[i], cellTop);
                }
            }
            if (!header) {
                canvas.rule(InvoiceStyle.RULE, 0.4f, InvoiceStyle.LEFT, InvoiceStyle.RIGHT, top - height);
            }
        }
    }

    /**
     * Draws the table from the canvas's position, opening pages as needed, so that at least the last lines and
     * {@code tailHeight} (the totals) fit on the last page.
     */
    void draw(PageCanvas canvas, List<InvoiceLine> lines, float tailHeight) {
        float[] widths = widths(canvas, lines);
        float[] x = new float[COLUMNS + 1];
        x[0] = InvoiceStyle.LEFT;
        for (int i = 0; i < COLUMNS; i++) {
            x[i + 1] = x[i] + widths[i];
        }
        Row header = header(canvas, x);
        List<Row> rows = new ArrayList<>();
        List<Boolean> sectionRow = new ArrayList<>();
        for (LineKind kind : LineKind.values()) {
            section(canvas, lines, kind, x, rows, sectionRow);
        }

        float afterHeader = -1;
        header.draw(canvas, canvas.y());
        canvas.down(header.height());
        afterHeader = canvas.y();
        int tail = Math.max(0, rows.size() - KEPT_WITH_TOTALS);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            float needed = row.height();
            if (sectionRow.get(i) && i + 1 < rows.size()) {
                needed += rows.get(i + 1).height();
            }
            if (i == tail) {
                float rest = tailHeight;
                for (int j = i; j < rows.size(); j++) {
                    rest += rows.get(j).height();
                }
                needed = Math.max(needed, rest);
            }
            boolean pageHasRows = canvas.y() < afterHeader;
            if (needed > canvas.room() && pageHasRows && needed <= fullPage(header)) {
                afterHeader = continueOnNewPage(canvas, header);
            }
            // A row taller than what is left of the page (a description with many lines) goes on in pieces.
            while (row.height() > canvas.room()) {
                Row[] parts = row.split(canvas.room());
                parts[0].draw(canvas, canvas.y());
                row = parts[1];
                afterHeader = continueOnNewPage(canvas, header);
            }
            row.draw(canvas, canvas.y());
            canvas.down(row.height());
        }
    }

    /** The height a page offers below the table header. */
    private static float fullPage(Row header) {
        return InvoiceStyle.CONTENT_TOP - 40 - InvoiceStyle.CONTENT_BOTTOM - header.height();
    }

    private static float continueOnNewPage(PageCanvas canvas, Row header) {
        canvas.newPage();
        header.draw(canvas, canvas.y());
        canvas.down(header.height());
        return canvas.y();
    }

    private String[] headerNames() {
        return new String[] {labels.columnDate(), labels.columnTicket(), labels.columnDescription(),
                labels.columnMode(), labels.columnSkill(), labels.columnTimeClass(), labels.columnActualMinutes(),
                labels.columnBilledMinutes(), labels.columnUnitPrice(), labels.columnAmount()};
    }

    private Row header(PageCanvas canvas, float[] x) {
        String[] names = headerNames();
        TextBlock[] cells = new TextBlock[COLUMNS];
        for (int column = 0; column < COLUMNS; column++) {
            cells[column] = new TextBlock(x[column + 1] - x[column] - 2 * PADDING, column >= ACTUAL)
                    .add(InvoiceStyle.TABLE_HEADER, canvas.printable(names[column]), 1.25f);
        }
        return new Row(cells, inner(x), InvoiceStyle.ACCENT, true, HEADER_PADDING);
    }

    private static float[] inner(float[] x) {
        float[] inner = new float[COLUMNS];
        for (int i = 0; i < COLUMNS; i++) {
            inner[i] = x[i] + PADDING;
        }
        return inner;
    }

    private void section(PageCanvas canvas, List<InvoiceLine> lines, LineKind kind, float[] x, List<Row> rows,
                         List<Boolean> sectionRow) {
        List<InvoiceLine> ofKind = lines.stream().filter(l -> l.kind() == kind).toList();
        if (ofKind.isEmpty()) {
            return;
        }
        TextBlock[] heading = new TextBlock[COLUMNS];
        heading[0] = new TextBlock(x[COLUMNS] - x[0] - 2 * PADDING)
                .add(InvoiceStyle.TABLE_SECTION, canvas.printable(sectionTitle(kind)), 1.25f);
        rows.add(new Row(heading, inner(x), InvoiceStyle.SECTION, false, HEADER_PADDING));
        sectionRow.add(true);

        // Zebra by intervention, not by line: the pieces of one intervention read as one block.
        boolean shaded = true;
        for (int i = 0; i < ofKind.size(); i++) {
            InvoiceLine line = ofKind.get(i);
            boolean continues = kind == LineKind.LABOUR && i > 0
                    && Objects.equals(ofKind.get(i - 1).reference(), line.reference());
            if (!continues) {
                shaded = !shaded;
            }
            Color background = shaded ? InvoiceStyle.ZEBRA : null;
            TextBlock[] cells = switch (kind) {
                case FEE -> fee(canvas, line, x);
                case LABOUR -> labour(canvas, line, x, continues, pieces(ofKind, i));
                case TRAVEL -> spanned(canvas, line, x, new TextBlock(span(x))
                        .add(InvoiceStyle.TABLE, canvas.printable(labels.travelLine(line.reference())), 1.3f));
            };
            rows.add(new Row(cells, inner(x), background, false, PADDING));
            sectionRow.add(false);
        }
    }

    private String sectionTitle(LineKind kind) {
        return switch (kind) {
            case FEE -> labels.sectionFees();
            case LABOUR -> labels.sectionLabour();
            case TRAVEL -> labels.sectionTravel();
        };
    }

    /** How many time pieces the intervention starting at {@code first} has (1 when it is not split). */
    private static int pieces(List<InvoiceLine> lines, int first) {
        int end = first + 1;
        while (end < lines.size() && Objects.equals(lines.get(end).reference(), lines.get(first).reference())) {
            end++;
        }
        return end - first;
    }

    private TextBlock[] fee(PageCanvas canvas, InvoiceLine line, float[] x) {
        TextBlock text = new TextBlock(span(x))
                .add(InvoiceStyle.TABLE, canvas.printable(labels.feeLine(line.tier(), line.quantity(), line.basis())),
                        1.3f)
                .add(InvoiceStyle.TABLE_MUTED, canvas.printable(labels.feeDetail(line.reference(),
                        format.date(line.date()), format.date(line.date().plusDays(line.quantity() - 1)))), 1.3f);
        return spanned(canvas, line, x, text);
    }

    private static float span(float[] x) {
        return x[DESCRIPTION + TEXT_SPAN] - x[DESCRIPTION] - 2 * PADDING;
    }

    /** A fee or travel line: its text takes the columns that only labour uses. */
    private TextBlock[] spanned(PageCanvas canvas, InvoiceLine line, float[] x, TextBlock text) {
        TextBlock[] cells = new TextBlock[COLUMNS];
        cells[DATE] = cell(canvas, x, DATE, format.date(line.date()), false);
        cells[DESCRIPTION] = text;
        cells[UNIT_PRICE] = cell(canvas, x, UNIT_PRICE, format.money(line.unitRate()), true);
        cells[AMOUNT] = cell(canvas, x, AMOUNT, format.money(line.amount()), true);
        return cells;
    }

    private TextBlock[] labour(PageCanvas canvas, InvoiceLine line, float[] x, boolean continues, int pieces) {
        TextBlock[] cells = new TextBlock[COLUMNS];
        cells[DATE] = cell(canvas, x, DATE, format.date(line.date()), false);
        cells[TICKET] = cell(canvas, x, TICKET, text(line.ticket()), false);
        cells[DESCRIPTION] = cell(canvas, x, DESCRIPTION, text(line.description()), false);
        if (!continues && pieces > 1) {
            cells[DESCRIPTION].add(InvoiceStyle.TABLE_MUTED, canvas.printable(labels.splitIntervention(pieces)), 1.3f);
        }
        cells[MODE] = cell(canvas, x, MODE, line.mode() == null ? "" : labels.mode(line.mode()), false);
        cells[SKILL] = cell(canvas, x, SKILL, line.skill() == null ? "" : labels.skill(line.skill()), false);
        cells[TIME_CLASS] = cell(canvas, x, TIME_CLASS,
                line.timeClass() == null ? "" : labels.timeClass(line.timeClass()), false);
        if (continues) {
            cells[ACTUAL] = new TextBlock(x[ACTUAL + 1] - x[ACTUAL] - 2 * PADDING, true)
                    .add(InvoiceStyle.TABLE_MUTED, canvas.printable(labels.continuedPiece()), 1.5f);
        } else {
            cells[ACTUAL] = cell(canvas, x, ACTUAL,
                    line.actualMinutes() == null ? "" : format.minutes(line.actualMinutes()), true);
        }
        cells[BILLED] = cell(canvas, x, BILLED, format.minutes(line.quantity()), true);
        // Work a MANAGED contract covers (§14): "included" in place of the rate, at 0.00.
        cells[UNIT_PRICE] = cell(canvas, x, UNIT_PRICE,
                line.included() ? labels.included() : format.money(line.unitRate()), true);
        cells[AMOUNT] = cell(canvas, x, AMOUNT, format.money(line.amount()), true);
        return cells;
    }

    private static TextBlock cell(PageCanvas canvas, float[] x, int column, String text, boolean right) {
        return new TextBlock(x[column + 1] - x[column] - 2 * PADDING, right)
                .add(InvoiceStyle.TABLE, canvas.printable(text), 1.3f);
    }

    /**
     * Each column as wide as its widest text on this invoice (its header may wrap between words); a column that may
     * wrap grows to at most {@value #WRAPPING_COLUMN} points; the description takes what is left.
     */
    private float[] widths(PageCanvas canvas, List<InvoiceLine> lines) {
        float[] widths = new float[COLUMNS];
        String[] names = headerNames();
        for (int column = 0; column < COLUMNS; column++) {
            for (String word : canvas.printable(names[column]).split("[ \n]+")) {
                widths[column] = Math.max(widths[column], InvoiceStyle.TABLE_HEADER.width(word));
            }
        }
        float[] wrapping = new float[COLUMNS];
        boolean split = false;
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            grow(widths, DATE, format.date(line.date()), canvas);
            grow(widths, UNIT_PRICE, line.included() ? labels.included() : format.money(line.unitRate()), canvas);
            grow(widths, AMOUNT, format.money(line.amount()), canvas);
            if (line.kind() != LineKind.LABOUR) {
                continue;
            }
            grow(widths, BILLED, format.minutes(line.quantity()), canvas);
            if (line.actualMinutes() != null) {
                grow(widths, ACTUAL, format.minutes(line.actualMinutes()), canvas);
            }
            split |= i > 0 && Objects.equals(lines.get(i - 1).reference(), line.reference());
            grow(wrapping, TICKET, text(line.ticket()), canvas);
            grow(wrapping, MODE, line.mode() == null ? "" : labels.mode(line.mode()), canvas);
            grow(wrapping, SKILL, line.skill() == null ? "" : labels.skill(line.skill()), canvas);
            grow(wrapping, TIME_CLASS, line.timeClass() == null ? "" : labels.timeClass(line.timeClass()), canvas);
        }
        if (split) {
            widths[ACTUAL] = Math.max(widths[ACTUAL],
                    InvoiceStyle.TABLE_MUTED.width(canvas.printable(labels.continuedPiece())));
        }
        float used = 0;
        for (int column = 0; column < COLUMNS; column++) {
            widths[column] = Math.max(widths[column], Math.min(wrapping[column], WRAPPING_COLUMN)) + 2 * PADDING
                    + 0.5f;
            used += column == DESCRIPTION ? 0 : widths[column];
        }
        widths[DESCRIPTION] = InvoiceStyle.RIGHT - InvoiceStyle.LEFT - used;
        return widths;
    }

    private static void grow(float[] widths, int column, String text, PageCanvas canvas) {
        widths[column] = Math.max(widths[column], InvoiceStyle.TABLE.width(canvas.printable(text)));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
