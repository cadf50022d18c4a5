package lu.mixvoip.billing.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Text broken into lines that fit a width, at spaces and line breaks; a word wider than the width is broken between
 * characters. Nothing is ever cut: what does not fit on one line goes on the next.
 */
final class TextLines {
    private TextLines() {
    }

    /** At least one line (an empty text is one empty line). */
    static List<String> wrap(String text, TextStyle style, float width) {
        List<String> lines = new ArrayList<>(2);
        if (text.indexOf('\n') < 0 && style.width(text) <= width) {
            lines.add(text);
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), style, width, lines);
        }
        return lines;
    }

    /** The size at which {@code text} fits {@code width} on one line, not below {@code smallest}. */
    static float fittingSize(String text, TextStyle style, float width, float smallest) {
        float natural = style.width(text);
        if (natural <= width) {
            return style.size();
        }
        return Math.max(smallest, (float) Math.floor(style.size() * width / natural * 10) / 10);
    }

    private static void wrapParagraph(String paragraph, TextStyle style, float width, List<String> lines) {
        float space = style.width(" ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            float wordWidth = style.width(word);
            if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (wordWidth <= width) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                lineWidth = breakWord(word, style, width, lines, line);
            }
        }
        lines.add(line.toString());
    }

    /** Adds the full lines of a too-wide word and leaves its last piece in {@code line}; returns that piece's width. */
    private static float breakWord(String word, TextStyle style, float width, List<String> lines, StringBuilder line) {
        float lineWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            float characterWidth = style.width(character);
            if (line.length() > 0 && lineWidth + characterWidth > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(character);
            lineWidth += characterWidth;
            i += Character.charCount(codePoint);
        }
        return lineWidth;
    }
}
