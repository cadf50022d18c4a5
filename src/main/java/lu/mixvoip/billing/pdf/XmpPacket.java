package lu.mixvoip.billing.pdf;

import java.nio.charset.StandardCharsets;

/**
 * The document's XMP metadata, written by hand: it identifies the file as PDF/A-3b ({@code pdfaid:part} 3,
 * {@code pdfaid:conformance} B) and repeats the info dictionary's entries, which PDF/A requires to match: Title as
 * {@code dc:title}, Author as {@code dc:creator}, Subject as {@code dc:description}, Keywords as
 * {@code pdf:Keywords}, Creator as {@code xmp:CreatorTool}, Producer as {@code pdf:Producer}, CreationDate and
 * ModDate as {@code xmp:CreateDate} and {@code xmp:ModifyDate}. No padding: the file is never edited in place.
 *
 * <p>With {@code facturX}, it also announces the attached {@code factur-x.xml} as a Factur-X 1.0 / ZUGFeRD 2.x
 * invoice in the EN 16931 profile ({@code fx:DocumentType}, {@code DocumentFileName}, {@code Version},
 * {@code ConformanceLevel}), the fields readers check before they read the XML. {@code fx} is not a schema PDF/A
 * predefines, so the packet declares it in a PDF/A extension schema ({@code pdfaExtension:schemas}), as PDF/A-3
 * requires of every custom property.
 */
record XmpPacket(String title, String author, String subject, String keywords, String creator, String producer,
                 String date, boolean facturX) {
    private static final String FX = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";

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
                + (facturX ? FACTUR_X : "")
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"r\"?>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static final String FACTUR_X = "<rdf:Description rdf:about=\"\" xmlns:fx=\"" + FX + "\">\n"
            + "<fx:DocumentType>INVOICE</fx:DocumentType>\n"
            + "<fx:DocumentFileName>" + EInvoiceAttachment.FILE_NAME + "</fx:DocumentFileName>\n"
            + "<fx:Version>1.0</fx:Version>\n"
            + "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>\n"
            + "</rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\"\n"
            + "  xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
            + "  xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
            + "  xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
            + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
            + "<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>\n"
            + "<pdfaSchema:namespaceURI>" + FX + "</pdfaSchema:namespaceURI>\n"
            + "<pdfaSchema:prefix>fx</pdfaSchema:prefix>\n"
            + "<pdfaSchema:property><rdf:Seq>\n"
            + property("DocumentFileName", "The name of the embedded XML invoice file")
            + property("DocumentType", "INVOICE")
            + property("Version", "The version of the Factur-X XML schema")
            + property("ConformanceLevel", "The conformance level of the embedded Factur-X data")
            + "</rdf:Seq></pdfaSchema:property>\n"
            + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
            + "</rdf:Description>\n";

    private static String property(String name, String description) {
        return "<rdf:li rdf:parseType=\"Resource\">"
                + "<pdfaProperty:name>" + name + "</pdfaProperty:name>"
                + "<pdfaProperty:valueType>Text</pdfaProperty:valueType>"
                + "<pdfaProperty:category>external</pdfaProperty:category>"
                + "<pdfaProperty:description>" + description + "</pdfaProperty:description>"
                + "</rdf:li>\n";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
