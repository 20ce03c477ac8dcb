package io.articleflow.ingest.text;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse that produces more characters than allowed or whose time is up: every piece of output a parser
 * hands on passes through here, so a runaway parse ends at its next piece of output.
 */
class GuardedContentHandler extends ContentHandlerDecorator {

	private final long maxCharacters;

	private final ParsePool.Cancellation cancellation;

	private long characters;

	GuardedContentHandler(ContentHandler handler, long maxCharacters, ParsePool.Cancellation cancellation) {
		super(handler);
		this.maxCharacters = maxCharacters;
		this.cancellation = cancellation;
	}

	@Override
	public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
		checkCancelled();
		super.startElement(uri, localName, name, atts);
	}

	@Override
	public void endElement(String uri, String localName, String name) throws SAXException {
		checkCancelled();
		super.endElement(uri, localName, name);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		count(length);
		super.characters(ch, start, length);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		count(length);
		super.ignorableWhitespace(ch, start, length);
	}

	private void count(int length) throws SAXException {
		checkCancelled();
		this.characters += length;
		if (this.characters > this.maxCharacters) {
			throw new TextLimitExceededException(this.maxCharacters);
		}
	}

	private void checkCancelled() throws SAXException {
		if (this.cancellation.isCancelled()) {
			throw new ParseCancelledException();
		}
	}

	/** The parser produced more text than allowed. */
	static final class TextLimitExceededException extends SAXException {

		TextLimitExceededException(long limit) {
			super("more than " + limit + " characters of text");
		}

	}

	/** The parse was cancelled because it timed out. */
	static final class ParseCancelledException extends SAXException {

		ParseCancelledException() {
			super("parse cancelled");
		}

	}

}
