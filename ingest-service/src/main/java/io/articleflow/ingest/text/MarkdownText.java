package io.articleflow.ingest.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown to plain text: the words without the markup ({@code #}, {@code **}, link targets, raw HTML), one blank
 * line between blocks, and the YAML front matter's {@code title}, {@code author} and {@code date} as metadata.
 */
final class MarkdownText {

	private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?", Pattern.DOTALL);

	private static final Pattern FIELD = Pattern.compile("(?m)^([A-Za-z_-]+)\\s*:\\s*(.+?)\\s*$");

	private static final Parser PARSER = Parser.builder().build();

	private MarkdownText() {
	}

	/** The text and front-matter metadata of a Markdown document. */
	static Result of(String markdown) {
		Map<String, String> metadata = new LinkedHashMap<>();
		String body = markdown;
		Matcher frontMatter = FRONT_MATTER.matcher(markdown);
		if (frontMatter.find()) {
			Matcher field = FIELD.matcher(frontMatter.group(1));
			while (field.find()) {
				String key = field.group(1).toLowerCase(Locale.ROOT);
				String value = unquote(field.group(2));
				switch (key) {
					case "title" -> metadata.put("title", value);
					case "author" -> metadata.put("author", value);
					case "date", "created" -> metadata.putIfAbsent("created", value);
					default -> {
					}
				}
			}
			body = markdown.substring(frontMatter.end());
		}
		TextCollector collector = new TextCollector();
		PARSER.parse(body).accept(collector);
		return new Result(collector.text.toString().strip(), metadata);
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
				|| value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

	/**
	 * @param text the plain text
	 * @param metadata {@code title}, {@code author}, {@code created} where the front matter gives them
	 */
	record Result(String text, Map<String, String> metadata) {
	}

	private static final class TextCollector extends AbstractVisitor {

		private final StringBuilder text = new StringBuilder();

		@Override
		public void visit(Text text) {
			this.text.append(text.getLiteral());
		}

		@Override
		public void visit(Code code) {
			this.text.append(code.getLiteral());
		}

		@Override
		public void visit(SoftLineBreak softLineBreak) {
			this.text.append(' ');
		}

		@Override
		public void visit(HardLineBreak hardLineBreak) {
			this.text.append('\n');
		}

		@Override
		public void visit(HtmlInline htmlInline) {
			// markup, not words
		}

		@Override
		public void visit(HtmlBlock htmlBlock) {
			// markup, not words
		}

		@Override
		public void visit(ThematicBreak thematicBreak) {
			block();
		}

		@Override
		public void visit(Paragraph paragraph) {
			block(paragraph);
		}

		@Override
		public void visit(Heading heading) {
			block(heading);
		}

		@Override
		public void visit(ListItem listItem) {
			block(listItem);
		}

		@Override
		public void visit(BlockQuote blockQuote) {
			block(blockQuote);
		}

		@Override
		public void visit(FencedCodeBlock code) {
			block();
			this.text.append(code.getLiteral().strip());
			block();
		}

		@Override
		public void visit(IndentedCodeBlock code) {
			block();
			this.text.append(code.getLiteral().strip());
			block();
		}

		private void block(Node node) {
			block();
			visitChildren(node);
			block();
		}

		private void block() {
			int length = this.text.length();
			boolean blankLineAlready = length >= 2 && this.text.charAt(length - 1) == '\n'
					&& this.text.charAt(length - 2) == '\n';
			if (length == 0 || blankLineAlready) {
				return;
			}
			this.text.append(this.text.charAt(length - 1) == '\n' ? "\n" : "\n\n");
		}

	}

}
