package lu.mixvoip.billing.einvoice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.xml.namespace.QName;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.ValidationEvent;

import com.helger.diagnostics.error.IError;
import com.helger.diagnostics.error.list.ErrorList;
import com.helger.jaxb.GenericJAXBMarshaller;

/**
 * A JAXB document of the ph-ubl / ph-cii family as bytes: UTF-8, the library's fixed namespace prefixes, so that the
 * same document always gives the same bytes.
 *
 * <p>The library builds and configures a JAXB marshaller for every document it writes. Here each thread builds one
 * per kind of document (its root type, indented or not) through the library, the first time, and uses it again
 * for the next documents of that kind: a marshaller may serve many documents, one at a time.
 */
final class JaxbXml {
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            .getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<Map<Kind, Configured>> MARSHALLERS = ThreadLocal.withInitial(HashMap::new);
    /** Most documents fit: a buffer grown for a large one is kept up to this size, not beyond. */
    private static final int KEPT_BUFFER = 1 << 20;
    private static final ThreadLocal<ByteArrayOutputStream> BUFFERS =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(128 * 1024));

    private JaxbXml() {
    }

    /**
     * @param library  makes the library's marshaller for the document's type, e.g. {@code UBL21Marshaller::invoice}
     * @param what     names the document in the error, e.g. "UBL document INV-2026-000001"
     * @param indented one element a line, indented; else no whitespace between elements (fewer bytes to write and
     *                 to deflate into a PDF)
     */
    static <T> byte[] marshal(Supplier<GenericJAXBMarshaller<T>> library, T document, String what, boolean indented) {
        // One buffer per thread, used again: growing a new one for each document copied it several times.
        ByteArrayOutputStream xml = BUFFERS.get();
        xml.reset();
        xml.writeBytes(DECLARATION);
        Kind kind = new Kind(document.getClass(), indented);
        Configured configured = MARSHALLERS.get().get(kind);
        if (configured == null) {
            MARSHALLERS.get().put(kind, firstOfKind(library.get(), document, what, indented, xml));
        } else {
            configured.marshal(document, what, xml);
        }
        byte[] bytes = xml.toByteArray();
        if (bytes.length > KEPT_BUFFER) {
            BUFFERS.remove();
        }
        return bytes;
    }

    /** Writes {@code document} through the library, and keeps the marshaller it configured. */
    private static <T> Configured firstOfKind(GenericJAXBMarshaller<T> marshaller, T document, String what,
                                              boolean indented, ByteArrayOutputStream xml) {
        ErrorList errors = new ErrorList();
        marshaller.setCollectErrors(errors);
        marshaller.setUseSchema(false); // checked against the schema and the rules by the tests, not per file
        marshaller.setFormattedOutput(indented);
        marshaller.setCharset(StandardCharsets.UTF_8);
        Configured[] kept = new Configured[1];
        // JAXB's own UTF-8 writer, as configured by ph-ubl (prefixes, indentation): ph-xml's stream writer, which
        // getAsBytes uses, copies its namespace context at every element of every document.
        boolean written = marshaller.write(document, (jaxb, element) -> {
            jaxb.setProperty(Marshaller.JAXB_FRAGMENT, true); // the declaration above, without standalone="yes"
            jaxb.setProperty("org.glassfish.jaxb.indentString", "  ");
            jaxb.marshal(element, xml);
            kept[0] = new Configured(jaxb, element.getName(), element.getDeclaredType());
        }).isSuccess();
        List<String> problems = errors.stream().filter(IError::isError)
                .map(e -> e.getAsString(Locale.ROOT)).toList();
        if (!written || !problems.isEmpty()) {
            throw new IllegalStateException(what + " breaks its schema: " + problems);
        }
        return kept[0];
    }

    private record Kind(Class<?> root, boolean indented) {
    }

    /** A marshaller as the library configured it, and the root element it writes. */
    private record Configured(Marshaller jaxb, QName root, Class<?> type) {
        <T> void marshal(T document, String what, ByteArrayOutputStream xml) {
            List<String> problems = new ArrayList<>();
            try {
                jaxb.setEventHandler(event -> {
                    if (event.getSeverity() != ValidationEvent.WARNING) {
                        problems.add(event.getMessage());
                    }
                    return true;
                });
                @SuppressWarnings("unchecked")
                JAXBElement<T> element = new JAXBElement<>(root, (Class<T>) type, document);
                jaxb.marshal(element, xml);
            } catch (JAXBException e) {
                problems.add(String.valueOf(e.getMessage() != null ? e.getMessage() : e.getLinkedException()));
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException(what + " breaks its schema: " + problems);
            }
        }
    }
}
