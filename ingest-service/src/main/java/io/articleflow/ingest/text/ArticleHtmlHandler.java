package io.articleflow.ingest.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the article out of an HTML page and leaves the page furniture behind. It works on the page's own elements
 * (Tika's {@code IdentityHtmlMapper}) in one streaming pass:
 * <ol>
 * <li>never keeps what is navigation or chrome by its markup: {@code nav}, {@code aside}, {@code footer},
 * {@code form}, {@code script}, {@code style}, a {@code header} outside the article, ARIA roles such as
 * {@code navigation} or {@code contentinfo}, hidden elements, and elements whose {@code id} or {@code class} names
 * a menu, breadcrumb, sidebar, cookie banner, share bar and the like;</li>
 * <li>when the page marks its article ({@code article}, {@code main} or {@code role="main"}), keeps only that;</li>
 * <li>otherwise keeps the text blocks that are mostly not links and are headings or at least a few words long
 * (link lists and one-word labels are navigation whatever their markup).</li>
 * </ol>
 * Blocks are separated by a blank line.
 */
class ArticleHtmlHandler extends DefaultHandler {

	private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "nav",
			"aside", "footer", "form", "button", "select", "option", "textarea", "iframe", "svg", "canvas", "menu",
			"object", "embed", "dialog", "input", "label");

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
			"ol", "tr", "table", "br", "blockquote", "pre", "section", "article", "main", "header", "dd", "dt", "dl",
			"hr", "caption", "figcaption", "figure", "th", "td", "address", "body");

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	private static final Set<String> SKIPPED_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
			"search", "menu", "menubar", "dialog", "alert", "toolbar");

	private static final Set<String> MAIN_ROLES = Set.of("main", "article");

	private static final Pattern CHROME = Pattern.compile("(?i)(^|[\\s_-])(nav|navbar|navigation|menu|menubar|"
			+ "breadcrumbs?|footer|sidebar|side-bar|cookies?|consent|share|sharing|social|related|advert|ads?|"
			+ "promo|newsletter|subscribe|comments?|masthead|skip-link|pagination|toolbar|banner)($|[\\s_-])");

	private static final int MIN_WORDS = 4;

	private final Deque<Frame> open = new ArrayDeque<>();

	private final List<Block> blocks = new ArrayList<>();

	private final StringBuilder current = new StringBuilder();

	private int skipped;

	private int article;

	private int links;

	private int pre;

	private int linkChars;

	private boolean heading;

	@Override
	public void startElement(String uri, String localName, String name, Attributes atts) {
		String element = BlockTextHandler.element(localName, name);
		boolean skip = isSkipped(element, atts);
		boolean main = element.equals("article") || element.equals("main")
				|| MAIN_ROLES.contains(value(atts, "role"));
		if (BLOCKS.contains(element) || skip) {
			flush();
		}
		this.open.push(new Frame(skip, main, element));
		if (skip) {
			this.skipped++;
		}
		if (main) {
			this.article++;
		}
		if (element.equals("a")) {
			this.links++;
		}
		if (element.equals("pre")) {
			this.pre++;
		}
		if (HEADINGS.contains(element)) {
			this.heading = true;
		}
	}

	@Override
	public void endElement(String uri, String localName, String name) {
		if (this.open.isEmpty()) {
			return;
		}
		Frame frame = this.open.pop();
		if (BLOCKS.contains(frame.element) || frame.skip) {
			flush();
		}
		if (frame.skip) {
			this.skipped--;
		}
		if (frame.main) {
			this.article--;
		}
		if (frame.element.equals("a")) {
			this.links--;
		}
		if (frame.element.equals("pre")) {
			this.pre--;
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.skipped > 0) {
			return;
		}
		if (this.pre > 0) {
			this.current.append(ch, start, length);
		}
		else {
			for (int i = start; i < start + length; i++) {
				char c = ch[i];
				if (Character.isWhitespace(c) || c == '\u00A0') {
					if (!this.current.isEmpty() && this.current.charAt(this.current.length() - 1) != ' ') {
						this.current.append(' ');
					}
				}
				else {
					this.current.append(c);
				}
			}
		}
		if (this.links > 0) {
			this.linkChars += length;
		}
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) {
		characters(ch, start, length);
	}

	/** The article text: the selected blocks, a blank line between two. */
	String text() {
		flush();
		List<Block> chosen = this.blocks.stream().filter(Block::inArticle).toList();
		if (chosen.stream().noneMatch(block -> !block.text.isBlank())) {
			chosen = this.blocks.stream().filter(Block::isContent).toList();
		}
		if (chosen.isEmpty()) {
			chosen = this.blocks;
		}
		StringBuilder text = new StringBuilder();
		for (Block block : chosen) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append(block.text);
		}
		return text.toString();
	}

	private void flush() {
		String text = this.current.toString().strip();
		if (!text.isEmpty()) {
			this.blocks.add(new Block(text, Math.min(this.linkChars, text.length()), this.heading, this.article > 0));
		}
		this.current.setLength(0);
		this.linkChars = 0;
		this.heading = false;
	}

	private boolean isSkipped(String element, Attributes atts) {
		if (SKIPPED.contains(element)) {
			return true;
		}
		if (element.equals("header") && this.article == 0) {
			return true;
		}
		String role = value(atts, "role");
		if (SKIPPED_ROLES.contains(role) && !(role.equals("banner") && this.article > 0)) {
			return true;
		}
		if (atts.getValue("hidden") != null || "true".equals(value(atts, "aria-hidden"))) {
			return true;
		}
		String style = value(atts, "style").replace(" ", "");
		if (style.contains("display:none") || style.contains("visibility:hidden")) {
			return true;
		}
		return CHROME.matcher(value(atts, "id")).find() || CHROME.matcher(value(atts, "class")).find();
	}

	private static String value(Attributes atts, String name) {
		String value = atts.getValue(name);
		return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
	}

	private record Frame(boolean skip, boolean main, String element) {
	}

	private record Block(String text, int linkChars, boolean heading, boolean inArticle) {

		boolean isContent() {
			if (this.linkChars * 2 > this.text.length()) {
				return false;
			}
			return this.heading || this.text.split("\\s+").length >= MIN_WORDS;
		}

	}

}
