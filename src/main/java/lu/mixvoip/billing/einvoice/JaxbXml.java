package lu.mixvoip.billing.einvoice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.xml.bind.Marshaller;

import com.helger.diagnostics.error.IError;
import com.helger.diagnostics.error.list.ErrorList;
import com.helger.jaxb.GenericJAXBMarshaller;

/**
 * A JAXB document of the ph-ubl / ph-cii family as bytes: UTF-8, indented, the library's fixed namespace prefixes,
 * so that the same document always gives the same bytes.
 */
final class JaxbXml {
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            .getBytes(StandardCharsets.US_ASCII);

    private JaxbXml() {
    }

    /**
     * @param what     names the document in the error, e.g. "UBL document INV-2026-000001"
     * @param indented one element a line, indented; else no whitespace between elements (fewer bytes to write and
     *                 to deflate into a PDF)
     */
    static <T> byte[] marshal(GenericJAXBMarshaller<T> marshaller, T document, String what, boolean indented) {
        ErrorList errors = new ErrorList();
        marshaller.setCollectErrors(errors);
        marshaller.setUseSchema(false); // checked against the schema and the rules by the tests, not per file
        marshaller.setFormattedOutput(indented);
        marshaller.setCharset(StandardCharsets.UTF_8);
        // JAXB's own UTF-8 writer, as configured by ph-ubl (prefixes, indentation): ph-xml's stream writer, which
        // getAsBytes uses, copies its namespace context at every element of every document.
        ByteArrayOutputStream xml = new ByteArrayOutputStream(16 * 1024);
        xml.writeBytes(DECLARATION);
        boolean written = marshaller.write(document, (jaxb, element) -> {
            jaxb.setProperty(Marshaller.JAXB_FRAGMENT, true); // the declaration above, without standalone="yes"
            jaxb.setProperty("org.glassfish.jaxb.indentString", "  ");
            jaxb.marshal(element, xml);
        }).isSuccess();
        List<String> problems = errors.stream().filter(IError::isError)
                .map(e -> e.getAsString(Locale.ROOT)).toList();
        if (!written || !problems.isEmpty()) {
            throw new IllegalStateException(what + " breaks its schema: " + problems);
        }
        return xml.toByteArray();
    }
}
