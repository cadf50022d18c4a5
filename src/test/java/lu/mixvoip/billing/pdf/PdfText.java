package lu.mixvoip.billing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
}
