package lu.mixvoip.billing.pdf;

import java.nio.charset.StandardCharsets;

/**
 * The document's XMP metadata, written by hand: it identifies the file as PDF/A-3b ({@code pdfaid:part} 3,
 * {@code pdfaid:conformance} B) and repeats the info dictionary's entries, which PDF/A requires to match: Title as
 * {@code dc:title}, Author as {@code dc:creator}, Subject as {@code dc:description}, Keywords as
 * {@code pdf:Keywords}, Creator as {@code xmp:CreatorTool}, Producer as {@code pdf:Producer}, CreationDate and
 * ModDate as {@code xmp:CreateDate} and {@code xmp:ModifyDate}. Only schemas PDF/A predefines are used, so no
 * extension schema is declared. No padding: the file is never edited in place.
 */
record XmpPacket(String title, String author, String subject, String keywords, String creator, String producer,
                 String date) {

    /** UTF-8, as PDF/A requires; {@code date} is ISO 8601, e.g. {@code 2026-11-01T00:00:00Z}. */
    byte[] bytes() {
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\"\n"
                + "  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
                + "  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdfaid:part>3</pdfaid:part>\n"
                + "<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(title)
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escaped(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<pdf:Keywords>" + escaped(keywords) + "</pdf:Keywords>\n"
                + "<pdf:Producer>" + escaped(producer) + "</pdf:Producer>\n"
                + "<xmp:CreatorTool>" + escaped(creator) + "</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"r\"?>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
