package io.articleflow.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads article text with Apache Tika. The format is detected from the content (the file name only tells
 * Markdown and HTML fragments from other plain text); only the formats of {@link DocumentFormat} are read. Each
 * parse runs in the bounded {@link ParsePool} under its timeout, behind Tika's {@code SecureContentHandler}
 * (nesting depth, output per input byte), a zip-container check, a limit on the characters produced, without
 * embedded documents, macros or OCR. The text then passes the {@link TextQuality} gate. Tika's title, author and
 * created date go into the metadata as {@code title}, {@code author}, {@code created}. Plain text and Markdown
 * skip Tika's parser ({@link PlainTextReader}: the same charset detection, limits and failures, at a fraction of the
 * cost).
 */
public class TikaTextExtractor implements TextExtractor {

	private static final int MAX_METADATA_LENGTH = 500;

	private static final long PDF_MAIN_MEMORY_BYTES = 16 * 1024 * 1024;

	private static final String[] CREATED_FALLBACKS = { "dcterms.created", "article:published_time", "date",
			"dc.date", "dc.date.created", "pubdate", "publish-date" };

	private final ParsePool pool;

	private final int maxCharacters;

	private final ParseProperties properties;

	private final MeterRegistry meters;

	private final Detector detector;

	/** Detection by name alone: the media type registry, without the content detectors that need the bytes. */
	private final Detector nameDetector;

	private final Parser parser;

	private final ZipContainerGuard zipGuard;

	private final EncodingDetector encodingDetector = new WebEncodingDetector();

	/**
	 * @param pool where parses run
	 * @param maxCharacters the most characters of text one document may have
	 * @param properties parse limits
	 * @param meters where the parse timer goes
	 */
	public TikaTextExtractor(ParsePool pool, int maxCharacters, ParseProperties properties, MeterRegistry meters) {
		this(pool, maxCharacters, properties, meters, null);
	}

	TikaTextExtractor(ParsePool pool, int maxCharacters, ParseProperties properties, MeterRegistry meters,
			Parser parserOverride) {
		this.pool = pool;
		this.maxCharacters = maxCharacters;
		this.properties = properties;
		this.meters = meters;
		TikaConfig tika = DefaultTika.CONFIG;
		this.detector = tika.getDetector();
		this.nameDetector = tika.getMimeRepository();
		AutoDetectParser autoDetect = new AutoDetectParser(tika);
		AutoDetectParserConfig config = new AutoDetectParserConfig();
		config.setMaximumDepth(properties.maxNestingDepth());
		config.setMaximumCompressionRatio(properties.maxCompressionRatio());
		config.setOutputThreshold(ZipContainerGuard.GRACE);
		config.setMaximumPackageEntryDepth(10);
		autoDetect.setAutoDetectParserConfig(config);
		this.parser = parserOverride != null ? parserOverride : autoDetect;
		this.zipGuard = new ZipContainerGuard(properties.maxCompressionRatio(), properties.maxUnpackedSize().toBytes());
	}

	@Override
	public ExtractedText extract(Path file, String fileName) throws UnreadableContentException, IOException {
		if (Files.size(file) == 0) {
			throw new UnreadableContentException(ContentProblem.EMPTY, "the file is empty (0 bytes)");
		}
		MediaType type = detect(file, fileName);
		DocumentFormat format = DocumentFormat.of(type).orElseThrow(() -> unsupported(type));
		long start = System.nanoTime();
		String outcome = "failed";
		Parsed parsed;
		try {
			parsed = this.pool.run(cancellation -> parse(file, type, format, cancellation));
			outcome = "success";
		}
		catch (TimeoutException ex) {
			outcome = "timeout";
			throw new UnreadableContentException(ContentProblem.PARSE_TIMEOUT,
					"parse timed out after " + describe(this.pool.timeout()) + " (ingest.parse.timeout)");
		}
		catch (ExecutionException ex) {
			throw classify(ex.getCause(), format);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while parsing " + fileName);
		}
		finally {
			Timer.builder("articleflow.ingest.parse")
				.description("Time Tika took to parse a document")
				.tag("format", format.code())
				.tag("outcome", outcome)
				.register(this.meters)
				.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
		return toText(file, format, parsed);
	}

	/**
	 * The media type the content says; a name only refines plain text to Markdown or HTML. A file named as plain
	 * text or Markdown whose first bytes look like plain text ({@link PlainTextSniff}) is taken as such without
	 * Tika's detection, whose matching of every known signature costs more than reading an article; anything else
	 * (a PDF or zip renamed .txt, markup, binary bytes) is detected from its content as before.
	 */
	MediaType detect(Path file, String fileName) throws IOException {
		MediaType byName = null;
		if (fileName != null) {
			Metadata named = new Metadata();
			named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
			byName = this.nameDetector.detect(null, named);
		}
		DocumentFormat namedFormat = byName == null ? null : DocumentFormat.of(byName).orElse(null);
		if (namedFormat != null && namedFormat.isPlainText() && PlainTextSniff.looksLikePlainText(file)) {
			return byName;
		}
		MediaType byContent;
		try (TikaInputStream in = TikaInputStream.get(file)) {
			byContent = this.detector.detect(in, new Metadata());
		}
		if (!byContent.equals(MediaType.TEXT_PLAIN) || byName == null) {
			return byContent;
		}
		return namedFormat == DocumentFormat.MARKDOWN || namedFormat == DocumentFormat.HTML ? byName : byContent;
	}

	private Parsed parse(Path file, MediaType type, DocumentFormat format, ParsePool.Cancellation cancellation)
			throws Exception {
		if (format.isZipContainer()) {
			this.zipGuard.check(file, cancellation);
		}
		long maxParsedCharacters = 2L * this.maxCharacters + 4096;
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString());
		if (format.isPlainText()) {
			PlainTextReader.Decoded decoded = PlainTextReader.read(file, metadata, this.encodingDetector,
					maxParsedCharacters, cancellation);
			metadata.set(Metadata.CONTENT_ENCODING, decoded.charset().name());
			return new Parsed(decoded.text(), metadata, decoded.strictUtf8());
		}
		DefaultHandler sink = format == DocumentFormat.HTML ? new ArticleHtmlHandler() : new BlockTextHandler();
		ContentHandler handler = new GuardedContentHandler(sink, maxParsedCharacters, cancellation);
		try (InputStream in = TikaInputStream.get(file)) {
			this.parser.parse(in, handler, metadata, context(format));
		}
		String text = sink instanceof ArticleHtmlHandler html ? html.text() : ((BlockTextHandler) sink).text();
		return new Parsed(text, metadata, false);
	}

	private ParseContext context(DocumentFormat format) {
		ParseContext context = new ParseContext();
		// embedded documents (attachments, OLE objects) are not the article: never parsed, never a bomb
		context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
		context.set(EncodingDetector.class, this.encodingDetector);
		if (format == DocumentFormat.HTML) {
			context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
		}
		OfficeParserConfig office = new OfficeParserConfig();
		// the streaming docx reader: the DOM one holds the whole document in memory (a 300 kB bomb exhausts a heap)
		office.setUseSAXDocxExtractor(true);
		office.setExtractMacros(false);
		office.setIncludeDeletedContent(false);
		context.set(OfficeParserConfig.class, office);
		PDFParserConfig pdf = new PDFParserConfig();
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		pdf.setExtractInlineImages(false);
		// PDFBox keeps at most this much of a document's streams on the heap, the rest in a scratch file
		pdf.setMaxMainMemoryBytes(PDF_MAIN_MEMORY_BYTES);
		context.set(PDFParserConfig.class, pdf);
		return context;
	}

	private ExtractedText toText(Path file, DocumentFormat format, Parsed parsed)
			throws IOException, UnreadableContentException {
		String charset = parsed.metadata.get(Metadata.CONTENT_ENCODING);
		String text = parsed.text;
		Map<String, String> metadata = metadata(parsed.metadata);
		double tolerance = TextQuality.PARSED_TEXT_TOLERANCE;
		String readAs = format.code();
		if (format.isDecodedText()) {
			if (!parsed.strictUtf8) {
				TextQuality.checkUtf8(file, charset);
			}
			tolerance = TextQuality.DECODED_TEXT_TOLERANCE;
			readAs = charset == null ? format.code() : charset;
		}
		if (format == DocumentFormat.MARKDOWN) {
			MarkdownText.Result markdown = MarkdownText.of(TextQuality.normalise(text));
			text = markdown.text();
			metadata.putAll(markdown.metadata());
		}
		// plain text stays as the file had it (offsets into the event are offsets into the file); the layout of
		// what a parser produced (PDF line breaks, runs of blank lines) is tidied
		text = format == DocumentFormat.TXT ? TextQuality.cleanKeepingLayout(text, tolerance, readAs)
				: TextQuality.clean(text, tolerance, readAs);
		if (text.isBlank()) {
			throw new UnreadableContentException(ContentProblem.EMPTY, "no text: the " + format.code()
					+ " document holds no extractable text" + (format == DocumentFormat.PDF
							? " (a scanned PDF needs OCR first)" : ""));
		}
		if (text.length() > this.maxCharacters) {
			throw tooMuchText();
		}
		return new ExtractedText(text, format.mediaType(), metadata);
	}

	private static Map<String, String> metadata(Metadata tika) {
		Map<String, String> metadata = new LinkedHashMap<>();
		put(metadata, "title", tika.get(TikaCoreProperties.TITLE));
		String[] creators = tika.getValues(TikaCoreProperties.CREATOR);
		put(metadata, "author", creators.length == 0 ? tika.get("author") : String.join("; ", creators));
		String created = tika.get(TikaCoreProperties.CREATED);
		for (int i = 0; created == null && i < CREATED_FALLBACKS.length; i++) {
			created = tika.get(CREATED_FALLBACKS[i]);
		}
		put(metadata, "created", created);
		return metadata;
	}

	private static void put(Map<String, String> metadata, String key, String value) {
		if (value == null) {
			return;
		}
		String clean = value.replaceAll("\\s+", " ").strip();
		if (clean.length() > MAX_METADATA_LENGTH) {
			clean = clean.substring(0, MAX_METADATA_LENGTH);
		}
		if (!clean.isEmpty()) {
			metadata.put(key, clean);
		}
	}

	private UnreadableContentException classify(Throwable failure, DocumentFormat format) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnreadableContentException unreadable) {
				return unreadable;
			}
			if (cause instanceof GuardedContentHandler.TextLimitExceededException) {
				return tooMuchText();
			}
			if (cause instanceof EncryptedDocumentException
					|| cause instanceof org.apache.poi.EncryptedDocumentException
					|| cause.getClass().getSimpleName().equals("InvalidPasswordException")) {
				return new UnreadableContentException(ContentProblem.ENCRYPTED, "the " + format.code()
						+ " document is encrypted (password-protected): save it without a password and drop it again",
						failure);
			}
			if (cause instanceof ZeroByteFileException) {
				return new UnreadableContentException(ContentProblem.EMPTY, "the file is empty (0 bytes)", failure);
			}
			String message = String.valueOf(cause.getMessage());
			if (message.contains("levels of XML element nesting")) {
				return new UnreadableContentException(ContentProblem.TOO_DEEP, "elements nested more than "
						+ this.properties.maxNestingDepth() + " levels deep (ingest.parse.max-nesting-depth)", failure);
			}
			if (message.contains("Suspected zip bomb") || message.contains("Zip bomb detected")) {
				return new UnreadableContentException(ContentProblem.ZIP_BOMB,
						"suspected zip bomb: " + clip(message) + " (ingest.parse.max-compression-ratio)", failure);
			}
			if (cause instanceof OutOfMemoryError) {
				return new UnreadableContentException(ContentProblem.PARSE_ERROR,
						"the " + format.code() + " document needs more memory to parse than the service has", failure);
			}
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return new UnreadableContentException(ContentProblem.PARSE_ERROR,
				"damaged or unreadable " + format.code() + " document: " + clip(root.getClass().getSimpleName() + ": "
						+ root.getMessage()), failure);
	}

	private UnreadableContentException tooMuchText() {
		return new UnreadableContentException(ContentProblem.TEXT_TOO_LARGE, "the text is longer than "
				+ this.maxCharacters + " characters, the most one event carries (articleflow.limits.max-characters)");
	}

	private static UnreadableContentException unsupported(MediaType type) {
		if (type.getBaseType().equals(MediaType.OCTET_STREAM)) {
			return new UnreadableContentException(ContentProblem.BINARY,
					"binary content: not a document ingest reads (detected application/octet-stream)");
		}
		return new UnreadableContentException(ContentProblem.UNSUPPORTED_TYPE, "unsupported type "
				+ type.getBaseType() + ": ingest reads " + DocumentFormat.supported());
	}

	private static String clip(String message) {
		String clean = message.replace('"', '\'').replaceAll("\\s+", " ").strip();
		return clean.length() > 300 ? clean.substring(0, 300) + "..." : clean;
	}

	/** A duration as an operator writes it: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1m30s}. */
	static String describe(Duration duration) {
		if (duration.toMillis() < 1000 || duration.toMillisPart() != 0) {
			return duration.toMillis() + "ms";
		}
		long minutes = duration.toMinutes();
		int seconds = duration.toSecondsPart();
		if (minutes == 0) {
			return seconds + "s";
		}
		return minutes + "m" + (seconds == 0 ? "" : seconds + "s");
	}

	/** @param strictUtf8 whether the text was decoded as UTF-8 without a malformed sequence */
	private record Parsed(String text, Metadata metadata, boolean strictUtf8) {
	}

	/**
	 * Tika's default configuration (every parser and detector of the standard package), loaded once per JVM: it
	 * takes seconds to load, is not changed after, and its parsers are thread-safe.
	 */
	private static final class DefaultTika {

		static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();

	}

	/** Leaves embedded documents out. */
	private static final class SkipEmbedded implements EmbeddedDocumentExtractor {

		@Override
		public boolean shouldParseEmbedded(Metadata metadata) {
			return false;
		}

		@Override
		public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
			// never called: shouldParseEmbedded says no
		}

	}

}
