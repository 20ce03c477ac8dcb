package io.articleflow.ingest.text;

import java.util.Locale;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body text of Tika's XHTML output with a line break at every block boundary, so a heading and the
 * paragraph after it do not run together (Tika's plain text handler joins them for some formats).
 */
class BlockTextHandler extends DefaultHandler {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
			"ol", "tr", "table", "br", "blockquote", "pre", "section", "article", "header", "footer", "dd", "dt", "dl",
			"hr", "caption", "figcaption", "th", "td", "address");

	private final StringBuilder text = new StringBuilder();

	private int headDepth;

	@Override
	public void startElement(String uri, String localName, String name, Attributes atts) {
		String element = element(localName, name);
		if (element.equals("head")) {
			this.headDepth++;
		}
		if (BLOCKS.contains(element)) {
			boundary();
		}
	}

	@Override
	public void endElement(String uri, String localName, String name) {
		String element = element(localName, name);
		if (element.equals("head")) {
			this.headDepth--;
		}
		if (BLOCKS.contains(element)) {
			boundary();
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.headDepth == 0) {
			this.text.append(ch, start, length);
		}
	}

	/** Tika's XHTML output lays itself out with ignorable line breaks: at most a block boundary, never text. */
	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) {
		if (this.headDepth == 0) {
			boundary();
		}
	}

	/** The text collected so far. */
	String text() {
		return this.text.toString();
	}

	private void boundary() {
		int length = this.text.length();
		if (length > 0 && this.text.charAt(length - 1) != '\n') {
			this.text.append('\n');
		}
	}

	static String element(String localName, String name) {
		String element = localName == null || localName.isEmpty() ? name : localName;
		return element.toLowerCase(Locale.ROOT);
	}

}
