package io.supportcoach.testing;

import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import io.restassured.specification.RequestSpecification;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An SVG answer of the service under test, as XML: what a picture says in its elements, found by their CSS class,
 * with the picture's bytes kept for {@link HeadlessChromium} to show what a browser draws of them.
 */
public final class SvgPicture {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String MEDIA_TYPE = "image/svg+xml";

    private final byte[] bytes;
    private final Document document;

    private SvgPicture(byte[] bytes, Document document) {
        this.bytes = bytes;
        this.document = document;
    }

    /** One {@code g} of the picture: a shape with its label and its tooltip. */
    public record Group(Element element) {

        /** The text the group shows: its first {@code text}. */
        public String shownText() {
            return first("text").getTextContent();
        }

        /** The group's tooltip: its first {@code title}. */
        public String title() {
            return first("title").getTextContent();
        }

        /** An attribute of the group's shape, its first {@code rect}. */
        public String rectAttribute(String name) {
            return first("rect").getAttribute(name);
        }

        private Element first(String localName) {
            return (Element) element.getElementsByTagNameNS(SVG, localName).item(0);
        }
    }

    /** GETs {@code path} asking for SVG and fails unless a 200 with an SVG body comes back. */
    public static SvgPicture get(RequestSpecification request, String path, Object... pathParams) {
        return parse(request.accept(MEDIA_TYPE).get(path, pathParams)
                .then().statusCode(200).contentType(startsWith(MEDIA_TYPE)).extract().asByteArray());
    }

    /** Fails unless {@code bytes} are well-formed XML without a DTD. */
    public static SvgPicture parse(byte[] bytes) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            markIds(document);
            return new SvgPicture(bytes, document);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("the answer is not well-formed XML", e);
        }
    }

    /** The picture as it came, to hand to a browser. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public Document document() {
        return document;
    }

    /** The texts of the {@code text} elements of this class, in document order. */
    public List<String> texts(String cssClass) {
        return ofClass("text", cssClass).stream().map(Element::getTextContent).toList();
    }

    /** The {@code g} elements of this class, in document order. */
    public List<Group> groups(String cssClass) {
        return ofClass("g", cssClass).stream().map(Group::new).toList();
    }

    private List<Element> ofClass(String localName, String cssClass) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS(SVG, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (cssClass.equals(element.getAttribute("class"))) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** Lets getElementById find SVG ids, which a parser without a schema does not know as ids. */
    private static void markIds(Document document) {
        NodeList all = document.getElementsByTagNameNS(SVG, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id")) {
                element.setIdAttribute("id", true);
            }
        }
    }
}
