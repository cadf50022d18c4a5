package lu.mixvoip.billing.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of text stacked in a column of a given width, each text wrapped to it: measured first (so a block can be
 * kept whole on a page), drawn after. Left-aligned, or right-aligned at the column's right edge.
 */
final class TextBlock {
    private record Line(TextStyle style, String text, float advance) {
    }

    private final float width;
    private final boolean alignRight;
    private final List<Line> lines = new ArrayList<>();
    private float height;

    TextBlock(float width) {
        this(width, false);
    }

    TextBlock(float width, boolean alignRight) {
        this.width = width;
        this.alignRight = alignRight;
    }

    /** The text (already printable, see {@link PageCanvas#printable}) wrapped, its lines {@code spacing} × size apart. */
    TextBlock add(TextStyle style, String text, float spacing) {
        for (String line : TextLines.wrap(text, style, width)) {
            float advance = style.size() * spacing;
            lines.add(new Line(style, line, advance));
            height += advance;
        }
        return this;
    }

    /** Empty space of {@code gap} points. */
    TextBlock gap(float gap) {
        lines.add(new Line(null, "", gap));
        height += gap;
        return this;
    }

    float height() {
        return height;
    }

    float width() {
        return width;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * The block cut between lines: the lines that fill at most {@code maxHeight} (at least one), then the rest; for a
     * table row taller than a page.
     */
    TextBlock[] split(float maxHeight) {
        TextBlock head = new TextBlock(width, alignRight);
        TextBlock tail = new TextBlock(width, alignRight);
        for (Line line : lines) {
            TextBlock into = tail.lines.isEmpty() && (head.lines.isEmpty() || head.height + line.advance() <= maxHeight)
                    ? head : tail;
            into.lines.add(line);
            into.height += line.advance();
        }
        return new TextBlock[] {head, tail};
    }

    /** Draws the block with its top at {@code top}; returns its bottom. */
    float draw(PageCanvas canvas, float x, float top) {
        float lineTop = top;
        for (Line line : lines) {
            if (line.style() != null) {
                // The baseline sits in the middle of the line's advance, the extra space shared above and below.
                float baseline = lineTop - (line.advance() - line.style().size()) / 2 - line.style().ascent();
                if (alignRight) {
                    canvas.textRight(line.style(), x + width, baseline, line.text());
                } else {
                    canvas.text(line.style(), x, baseline, line.text());
                }
            }
            lineTop -= line.advance();
        }
        return lineTop;
    }
}
