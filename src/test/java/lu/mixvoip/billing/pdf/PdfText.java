package lu.mixvoip.billing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The text a reader of the PDF sees, page by page, as OpenPDF's own parser extracts it. */
record PdfText(List<String> pages) {

    static PdfText of(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return new PdfText(List.copyOf(pages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String all() {
        return String.join("\n", pages);
    }

    String page(int number) {
        return pages.get(number - 1);
    }

    int pageCount() {
        return pages.size();
    }

    /** How many times {@code regex} matches in {@code text}. */
    static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The first half of the trailer's /ID, in hex: the file identifier OpenPDF wrote. */
    static String trailerId(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher matcher = Pattern.compile("trailer\\s*<<.*?/ID \\[<([0-9a-f]+)>", Pattern.DOTALL).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no /ID in the trailer");
        }
        return matcher.group(1);
    }
}
