package io.articleflow.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ContentHandler;

import org.springframework.util.unit.DataSize;

import io.articleflow.ingest.samples.SampleCorpus;
import io.articleflow.ingest.samples.SampleCorpus.Sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class TikaTextExtractorTests {

	static final int MAX_CHARACTERS = 100_000;

	static final ParseProperties PARSE = new ParseProperties(Duration.ofSeconds(30), 2, 200, 100,
			DataSize.ofMegabytes(512));

	@TempDir
	static Path corpus;

	@TempDir
	Path dir;

	static ParsePool pool;

	static SimpleMeterRegistry meters;

	static TikaTextExtractor extractor;

	static List<Sample> samples;

	@BeforeAll
	static void writeCorpus() throws IOException {
		samples = SampleCorpus.write(corpus, 256 * 1024, MAX_CHARACTERS);
		pool = new ParsePool(2, PARSE.timeout());
		meters = new SimpleMeterRegistry();
		extractor = new TikaTextExtractor(pool, MAX_CHARACTERS, PARSE, meters);
	}

	@AfterAll
	static void closePool() {
		pool.close();
	}

	static Stream<Sample> goodSamples() {
		return samples.stream().filter(Sample::isGood);
	}

	static Stream<Sample> badSamples() {
		// the size limit is checked before a file is read, by FileIngestor
		return samples.stream().filter(sample -> !sample.isGood() && !sample.code().equals("too-large"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goodSamples")
	void readsTheArticleTextAndMetadataOfEveryFormat(Sample sample) throws Exception {
		ExtractedText text = extractor.extract(corpus.resolve(sample.fileName()), sample.fileName());

		assertThat(text.mediaType()).isEqualTo(sample.mediaType());
		// PDFs break lines where the page does: compare words, not line breaks
		assertThat(text.text().replaceAll("\\s+", " ")).contains(sample.excerpt());
		sample.metadata().forEach((key, value) -> {
			if (key.equals("created")) {
				assertThat(text.metadata().get(key)).as(key).startsWith(value.substring(0, 10));
			}
			else {
				assertThat(text.metadata().get(key)).as(key).isEqualTo(value);
			}
		});
		assertThat(text.metadata().keySet()).isSubsetOf("title", "author", "created");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badSamples")
	void refusesBadInputWithItsReason(Sample sample) {
		assertThatExceptionOfType(UnreadableContentException.class)
			.isThrownBy(() -> extractor.extract(corpus.resolve(sample.fileName()), sample.fileName()))
			.satisfies(ex -> {
				assertThat(ex.problem().code()).isEqualTo(sample.code());
				assertThat(ex.getMessage()).contains(sample.reason()).doesNotContain("\"");
			});
	}

	@Test
	void keepsPlainTextAsTheFileHadItSoOffsetsIntoTheEventAreOffsetsIntoTheFile() throws Exception {
		String original = "  ASEAN ministers\r\nmet in Jakarta.\n\n\n\n\tIndented line   \nLast line";
		Path file = write("layout.txt", ("\uFEFF" + original + "\n\n").getBytes(StandardCharsets.UTF_8));

		assertThat(extractor.extract(file, "layout.txt").text()).isEqualTo(original);
	}

	@Test
	void readsWindows1252TextWithItsQuotesDashesAndEuroSign() throws Exception {
		String text = extract("vientiane-mine-action-windows1252.txt");

		assertThat(text).contains("“We are committed", "Province,” said", "pledged €12 million", "café-lined",
				"Memorial campus — a first");
	}

	@Test
	void readsUtf16TextWithVietnameseDiacritics() throws Exception {
		assertThat(extract("hanoi-coast-guard-utf16.txt")).startsWith("Vietnam and the Philippines sign coast guard")
			.contains("Hà Nội, 30 January 2024", "Hoàng Xuân Chiến", "Đà Nẵng");
	}

	@Test
	void keepsTheArticleOfAnHtmlPageAndLeavesItsFurnitureBehind() throws Exception {
		String text = extract("natuna-solidarity-exercise.html");

		assertThat(text).startsWith(
				"First ASEAN Solidarity Exercise held off the Natuna Islands\n\nBy Siti Rahmawati\n\nBatam, 25 September")
			.endsWith("as the country prepares for full ASEAN membership.");
		assertThat(SampleCorpus.htmlFurniture()).allSatisfy(furniture -> assertThat(text).doesNotContain(furniture));
	}

	@Test
	void dropsLinkListsAndShortLabelsFromAPageThatDoesNotMarkItsArticle() throws Exception {
		Path page = write("page.html", """
				<html><head><title>Jakarta talks</title></head><body>
				<div id="top"><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></div>
				<div class="content"><p>Jakarta hosted ASEAN defence talks on maritime security this week.</p>
				<p>The ministers agreed to meet again in Vientiane next year.</p></div>
				<div>Share</div>
				<div><a href="/a">Another story about navies</a> <a href="/b">And one more</a></div>
				</body></html>""");

		assertThat(extractor.extract(page, "page.html").text()).isEqualTo(
				"Jakarta hosted ASEAN defence talks on maritime security this week.\n\n"
						+ "The ministers agreed to meet again in Vientiane next year.");
	}

	@Test
	void readsMarkdownAsWordsWithoutItsMarkup() throws Exception {
		String text = extract("cyber-defence-network.md");

		assertThat(text).startsWith("ASEAN opens cyber defence network in Singapore\n\nSingapore, 8 August 2024.")
			.contains("agreed at the ADMM Retreat in Bali", "Brunei Darussalam and Cambodia will host")
			.doesNotContain("**", "](", "# ", "title:", "---", "https://");
	}

	@Test
	void keepsHeadingsApartFromTheParagraphsAfterThem() throws Exception {
		assertThat(extract("militaries-ready-group-relief.odt"))
			.startsWith("Typhoon relief tests the ASEAN Militaries Ready Group\n");
		assertThat(extract("our-eyes-counter-terrorism.docx"))
			.startsWith("Our Eyes initiative marks five years of counter-terrorism sharing\n");
	}

	@Test
	void detectsTheFormatFromTheContentNotTheName() throws Exception {
		Path pdfNamedTxt = write("report.txt", SampleCorpus.pdf("ASEAN ministers met in Jakarta.", "Jakarta",
				"Ahmad Yani", SampleCorpus.date(2024, 3, 14), null));
		Path textNamedPdf = write("notes.pdf", "ASEAN ministers met in Vientiane.".getBytes(StandardCharsets.UTF_8));

		ExtractedText pdf = extractor.extract(pdfNamedTxt, "report.txt");
		ExtractedText text = extractor.extract(textNamedPdf, "notes.pdf");

		assertThat(pdf.mediaType()).isEqualTo("application/pdf");
		assertThat(pdf.text()).isEqualTo("ASEAN ministers met in Jakarta.");
		assertThat(text.mediaType()).isEqualTo("text/plain");
		assertThat(text.text()).isEqualTo("ASEAN ministers met in Vientiane.");
	}

	@Test
	void readsAnHtmlFragmentNamedHtmlAsHtml() throws Exception {
		Path fragment = write("fragment.html",
				"<p>ASEAN ministers met in <b>Jakarta</b> on Thursday.</p>".getBytes(StandardCharsets.UTF_8));

		ExtractedText text = extractor.extract(fragment, "fragment.html");

		assertThat(text.mediaType()).isEqualTo("text/html");
		assertThat(text.text()).isEqualTo("ASEAN ministers met in Jakarta on Thursday.");
	}

	@Test
	void refusesWhiteSpaceOnlyTextAsEmpty() throws IOException {
		Path blank = write("blank.txt", " \n\t\n ".getBytes(StandardCharsets.UTF_8));

		assertThatExceptionOfType(UnreadableContentException.class).isThrownBy(() -> extractor.extract(blank, "b.txt"))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(ContentProblem.EMPTY))
			.withMessage("no text: the txt document holds no extractable text");
	}

	@Test
	void readsHtmlNestedWithinTheDepthLimit() throws Exception {
		Path nested = write("nested.html", SampleCorpus.nestedHtml(150).getBytes(StandardCharsets.UTF_8));

		assertThat(extractor.extract(nested, "nested.html").text()).isEqualTo("ASEAN defence cooperation nested deep.");
	}

	@Test
	void givesUpOnAParseThatOutlivesTheTimeoutAndKeepsParsingOthers() throws Exception {
		CountDownLatch never = new CountDownLatch(1);
		Parser stuck = new StuckParser(never);
		try (ParsePool onePool = new ParsePool(1, Duration.ofMillis(300))) {
			TikaTextExtractor stuckExtractor = new TikaTextExtractor(onePool, MAX_CHARACTERS, PARSE,
					new SimpleMeterRegistry(), stuck);
			// HTML: plain text does not go through the parser
			Path file = write("a.html", "<html><body><p>ASEAN</p></body></html>".getBytes(StandardCharsets.UTF_8));

			for (int attempt = 0; attempt < 2; attempt++) {
				assertThatExceptionOfType(UnreadableContentException.class)
					.isThrownBy(() -> stuckExtractor.extract(file, "a.html"))
					.satisfies(ex -> assertThat(ex.problem()).isEqualTo(ContentProblem.PARSE_TIMEOUT))
					.withMessage("parse timed out after 300ms (ingest.parse.timeout)");
			}
			await().atMost(Duration.ofSeconds(5)).until(() -> onePool.abandoned() == 0);
		}
	}

	@Test
	void timesEveryParseByFormatAndOutcome() throws Exception {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		TikaTextExtractor timed = new TikaTextExtractor(pool, MAX_CHARACTERS, PARSE, registry);

		timed.extract(corpus.resolve("admm-plus-women-peace-security.pdf"), "a.pdf");
		assertThatExceptionOfType(UnreadableContentException.class)
			.isThrownBy(() -> timed.extract(corpus.resolve("encrypted.pdf"), "e.pdf"));

		assertThat(registry.get("articleflow.ingest.parse").tags("format", "pdf", "outcome", "success").timer().count())
			.isEqualTo(1);
		assertThat(registry.get("articleflow.ingest.parse").tags("format", "pdf", "outcome", "failed").timer().count())
			.isEqualTo(1);
	}

	@Test
	void describesDurationsAsOperatorsWriteThem() {
		assertThat(TikaTextExtractor.describe(Duration.ofMillis(300))).isEqualTo("300ms");
		assertThat(TikaTextExtractor.describe(Duration.ofSeconds(30))).isEqualTo("30s");
		assertThat(TikaTextExtractor.describe(Duration.ofMinutes(2))).isEqualTo("2m");
		assertThat(TikaTextExtractor.describe(Duration.ofSeconds(90))).isEqualTo("1m30s");
	}

	private String extract(String name) throws Exception {
		return extractor.extract(corpus.resolve(name), name).text();
	}

	private Path write(String name, String content) throws IOException {
		return write(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(this.dir.resolve(name), content);
	}

	/** A parser that never finishes on its own: it waits until its thread is interrupted. */
	private record StuckParser(CountDownLatch latch) implements Parser {

		@Override
		public Set<MediaType> getSupportedTypes(ParseContext context) {
			return Set.of(MediaType.TEXT_PLAIN);
		}

		@Override
		public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
				throws IOException {
			try {
				this.latch.await();
			}
			catch (InterruptedException ex) {
				throw new IOException("interrupted", ex);
			}
		}

	}

}
