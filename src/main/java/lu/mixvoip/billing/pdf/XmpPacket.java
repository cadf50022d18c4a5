package lu.mixvoip.billing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.xml.xmp.DublinCoreSchema;
import com.lowagie.text.xml.xmp.PdfA1Schema;
import com.lowagie.text.xml.xmp.PdfSchema;
import com.lowagie.text.xml.xmp.XmpBasicSchema;
import com.lowagie.text.xml.xmp.XmpWriter;

/**
 * The document's XMP metadata, written with OpenPDF's XMP classes: it identifies the file as PDF/A-3b ({@code pdfaid:part} 3,
 * {@code pdfaid:conformance} B) and repeats the info dictionary's entries, which PDF/A requires to match: Title as
 * {@code dc:title}, Author as {@code dc:creator}, Subject as {@code dc:description}, Keywords as
 * {@code pdf:Keywords}, Creator as {@code xmp:CreatorTool}, Producer as {@code pdf:Producer}, CreationDate and
 * ModDate as {@code xmp:CreateDate} and {@code xmp:ModifyDate} (the schemas escape the texts). No padding: the file is
 * never edited in place.
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
        PdfA1Schema pdfa = new PdfA1Schema(); // pdfaid: the part is ours to give
        pdfa.addPart("3");
        pdfa.addConformance("B");
        DublinCoreSchema dc = new DublinCoreSchema(); // with dc:format application/pdf
        dc.addTitle(title);
        dc.addAuthor(author);
        dc.addDescription(subject);
        PdfSchema pdf = new PdfSchema();
        pdf.addKeywords(keywords);
        pdf.addProducer(producer);
        XmpBasicSchema xmp = new XmpBasicSchema();
        xmp.addCreatorTool(creator);
        xmp.addCreateDate(date);
        xmp.addModDate(date);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmpWriter writer = new XmpWriter(out, XmpWriter.UTF8, 0)) { // no padding: never edited in place
            writer.addRdfDescription(pdfa);
            writer.addRdfDescription(dc);
            writer.addRdfDescription(pdf);
            writer.addRdfDescription(xmp);
            if (facturX) {
                writer.addRdfDescription("xmlns:fx=\"" + FX + "\"", FACTUR_X_PROPERTIES);
                writer.addRdfDescription(EXTENSION_NAMESPACES, FACTUR_X_SCHEMA);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XMP metadata in memory", e);
        }
        return out.toByteArray();
    }

    private static final String FACTUR_X_PROPERTIES = "<fx:DocumentType>INVOICE</fx:DocumentType>"
            + "<fx:DocumentFileName>" + EInvoiceAttachment.FILE_NAME + "</fx:DocumentFileName>"
            + "<fx:Version>1.0</fx:Version>"
            + "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>";

    private static final String EXTENSION_NAMESPACES = "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
            + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
            + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";

    private static final String FACTUR_X_SCHEMA = "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>"
            + "<pdfaSchema:namespaceURI>" + FX + "</pdfaSchema:namespaceURI>"
            + "<pdfaSchema:prefix>fx</pdfaSchema:prefix>"
            + "<pdfaSchema:property><rdf:Seq>"
            + property("DocumentFileName", "The name of the embedded XML invoice file")
            + property("DocumentType", "INVOICE")
            + property("Version", "The version of the Factur-X XML schema")
            + property("ConformanceLevel", "The conformance level of the embedded Factur-X data")
            + "</rdf:Seq></pdfaSchema:property>"
            + "</rdf:li></rdf:Bag></pdfaExtension:schemas>";

    private static String property(String name, String description) {
        return "<rdf:li rdf:parseType=\"Resource\">"
                + "<pdfaProperty:name>" + name + "</pdfaProperty:name>"
                + "<pdfaProperty:valueType>Text</pdfaProperty:valueType>"
                + "<pdfaProperty:category>external</pdfaProperty:category>"
                + "<pdfaProperty:description>" + description + "</pdfaProperty:description>"
                + "</rdf:li>";
    }
}
