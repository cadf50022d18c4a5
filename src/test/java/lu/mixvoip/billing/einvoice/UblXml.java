package lu.mixvoip.billing.einvoice;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Reads an e-invoice back with XPath, for the tests' assertions. Prefixes: inv, cn, cac, cbc for UBL; rsm, ram, udt,
 * qdt for CII.
 */
public final class UblXml {
    private static final Map<String, String> NAMESPACES = Map.of(
            "inv", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
            "cn", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
            "cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
            "cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
            "rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
            "ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
            "udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
            "qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:100");

    private final Document document;
    private final XPath xpath;

    public UblXml(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML", e);
        }
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
    }

    /** The text of the first node matching {@code path} (relative to the root document element), "" when none. */
    public String text(String path) {
        try {
            return xpath.evaluate(path, document.getDocumentElement());
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    public BigDecimal amount(String path) {
        return new BigDecimal(text(path));
    }

    public List<String> texts(String path) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(path, document.getDocumentElement(), XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent());
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    List<BigDecimal> amounts(String path) {
        return texts(path).stream().map(BigDecimal::new).toList();
    }

    public String rootName() {
        return document.getDocumentElement().getLocalName();
    }
}
