package io.articleflow.ingest.samples;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import org.springframework.util.unit.DataSize;

import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.ingest.intake.LimitsProperties;
import io.articleflow.ingest.text.ContentProblem;

/**
 * Writes the sample corpus: one good article per format ingest reads (plain text in UTF-8, windows-1252 and
 * UTF-16, HTML with navigation around the article, PDF, DOCX, ODT, RTF, Markdown) and the bad input it must refuse
 * with a clear reason without losing anything (empty, random binary, an image, truncated and encrypted PDFs, a zip
 * bomb in a docx, a file over the size limit, text over the character limit, broken UTF-8, HTML nested 10,000
 * levels deep, and the same article twice under two names). Every document is generated here (PDFBox, POI, or
 * written by hand for the simple text-based formats); nothing is checked in.
 * <p>
 * Run it to get a folder to drop into the bucket: {@code main DIR} writes into {@code DIR} with the service's
 * default limits. Tests call {@link #write(Path, long, int)} with small limits.
 */
public final class SampleCorpus {

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private SampleCorpus() {
	}

	/** Writes the corpus into the folder {@code args[0]} for the service's default limits. */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: SampleCorpus DIR");
			System.exit(2);
		}
		Path dir = Path.of(args[0]);
		long maxFileSize = DataSize.parse(LimitsProperties.DEFAULT_MAX_FILE_SIZE)
			.toBytes();
		List<Sample> samples = write(dir, maxFileSize, Integer.parseInt(ArticleLimits.DEFAULT_MAX_CHARACTERS));
		for (Sample sample : samples) {
			System.out.printf("%-38s %s%n", sample.fileName(),
					sample.code() == null ? "published" : "failed: " + sample.code());
		}
		System.out.println(samples.size() + " files written to " + dir.toAbsolutePath());
	}

	/**
	 * Writes every sample into the folder (created if needed).
	 * @param maxFileSize the service's {@code ingest.limits.max-file-size}: one sample is a byte larger
	 * @param maxCharacters the service's {@code ingest.limits.max-characters}: one sample has more text
	 * @return what each file is and what ingest must make of it
	 */
	public static List<Sample> write(Path dir, long maxFileSize, int maxCharacters) throws IOException {
		Files.createDirectories(dir);
		List<Sample> samples = new ArrayList<>();
		samples.addAll(writeGood(dir));
		samples.addAll(writeBad(dir, maxFileSize, maxCharacters));
		return samples;
	}

	/** One good file per format. */
	public static List<Sample> writeGood(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Sample> samples = new ArrayList<>();
		samples.add(write(dir, "jakarta-maritime-utf8.txt", Articles.MARITIME.getBytes(StandardCharsets.UTF_8),
				"text/plain", "Indonesian Defence Minister Prabowo Subianto chaired the meeting", Map.of()));
		samples.add(write(dir, "vientiane-mine-action-windows1252.txt",
				Articles.VIENTIANE.getBytes(Charset.forName("windows-1252")), "text/plain",
				"“We are committed to clearing every village in Xieng Khouang Province,” said", Map.of()));
		samples.add(write(dir, "hanoi-coast-guard-utf16.txt", Articles.HANOI.getBytes(StandardCharsets.UTF_16),
				"text/plain", "Vietnamese Prime Minister Phạm Minh Chính and Philippine President", Map.of()));
		samples.add(write(dir, "natuna-solidarity-exercise.html", html().getBytes(StandardCharsets.UTF_8),
				"text/html", "Navies of the ten ASEAN member states took part in the first ASEAN Solidarity",
				Map.of("title", Articles.SOLIDARITY_TITLE, "author", "Siti Rahmawati", "created",
						"2023-09-25T08:00:00Z")));
		samples.add(write(dir, "admm-plus-women-peace-security.pdf", pdf(Articles.ADMM_PLUS, Articles.ADMM_PLUS_TITLE,
				"Sokha Chan", date(2022, 11, 23), null), "application/pdf",
				"The ADMM-Plus adopted a concept paper on women, peace and security",
				Map.of("title", Articles.ADMM_PLUS_TITLE, "author", "Sokha Chan", "created", "2022-11-23T09:30:00Z")));
		samples.add(write(dir, "our-eyes-counter-terrorism.docx",
				docx(Articles.TERRORISM, Articles.TERRORISM_TITLE, "Maria Santos", date(2023, 2, 18)),
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"Defence officials from Indonesia, Malaysia, the Philippines, Singapore,",
				Map.of("title", Articles.TERRORISM_TITLE, "author", "Maria Santos", "created",
						"2023-02-18T09:30:00Z")));
		samples.add(write(dir, "militaries-ready-group-relief.odt",
				odt(Articles.RELIEF, Articles.RELIEF_TITLE, "Aminah Yusof", "2023-10-12T09:30:00"),
				"application/vnd.oasis.opendocument.text",
				"Malaysian Defence Minister Mohamad Hasan said the ASEAN Militaries Ready",
				Map.of("title", Articles.RELIEF_TITLE, "author", "Aminah Yusof", "created", "2023-10-12T09:30:00")));
		samples.add(write(dir, "laos-mine-action.rtf",
				rtf(Articles.VIENTIANE.replace("Laos hosts", "Lao PDR hosts"), Articles.VIENTIANE_TITLE,
						"Khamphone Sisouk"),
				"application/rtf", "“We are committed to clearing every village in Xieng Khouang Province,” said",
				Map.of("title", Articles.VIENTIANE_TITLE, "author", "Khamphone Sisouk", "created",
						"2024-06-05T09:30:00Z")));
		samples.add(write(dir, "cyber-defence-network.md", markdown().getBytes(StandardCharsets.UTF_8),
				"text/markdown",
				"Brigadier General Lee Yi-Jin said the network, agreed at the ADMM Retreat in Bali, would let",
				Map.of("title", Articles.CYBER_TITLE, "author", "Daniel Tan", "created", "2024-08-08")));
		return samples;
	}

	/** The bad input, each with the reason code ingest must give it. */
	public static List<Sample> writeBad(Path dir, long maxFileSize, int maxCharacters) throws IOException {
		Files.createDirectories(dir);
		List<Sample> samples = new ArrayList<>();
		samples.add(bad(dir, "empty.txt", new byte[0], ContentProblem.EMPTY, "the file is empty"));
		byte[] random = new byte[64 * 1024];
		new Random(20241123).nextBytes(random);
		samples.add(bad(dir, "random-binary.txt", random, ContentProblem.BINARY, "binary content"));
		samples.add(bad(dir, "satellite-photo.png", png(), ContentProblem.UNSUPPORTED_TYPE,
				"unsupported type image/png"));
		byte[] pdf = pdf(Articles.MARITIME, Articles.MARITIME_TITLE, "Ahmad Yani", date(2024, 3, 14), null);
		samples.add(bad(dir, "truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2), ContentProblem.PARSE_ERROR,
				"damaged or unreadable pdf document"));
		samples.add(bad(dir, "encrypted.pdf",
				pdf(Articles.MARITIME, Articles.MARITIME_TITLE, "Ahmad Yani", date(2024, 3, 14), "secret"),
				ContentProblem.ENCRYPTED, "the pdf document is encrypted"));
		samples.add(bad(dir, "zip-bomb.docx", zipBombDocx(), ContentProblem.ZIP_BOMB, "suspected zip bomb"));
		samples.add(bad(dir, "over-size-limit.txt", overSize(maxFileSize), ContentProblem.TOO_LARGE,
				"over the limit of " + maxFileSize + " bytes"));
		samples.add(bad(dir, "text-over-character-limit.txt", overCharacters(maxCharacters),
				ContentProblem.TEXT_TOO_LARGE, "the text is longer than " + maxCharacters + " characters"));
		samples.add(bad(dir, "invalid-utf8.txt", brokenUtf8(), ContentProblem.INVALID_ENCODING, "invalid UTF-8"));
		samples.add(bad(dir, "nested-10000-levels.html", nestedHtml(10_000).getBytes(StandardCharsets.UTF_8),
				ContentProblem.TOO_DEEP, "nested more than"));
		byte[] duplicate = Articles.MARITIME.getBytes(StandardCharsets.UTF_8);
		samples.add(write(dir, "duplicate-first-name.txt", duplicate, "text/plain",
				"Indonesian Defence Minister Prabowo Subianto chaired the meeting", Map.of()));
		samples.add(write(dir, "duplicate-second-name.txt", duplicate, "text/plain",
				"Indonesian Defence Minister Prabowo Subianto chaired the meeting", Map.of()));
		return samples;
	}

	/** A PDF of the text, with its document information; encrypted with the password if one is given. */
	public static byte[] pdf(String text, String title, String author, Calendar created, String password)
			throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			List<String> lines = wrap(text, 90);
			int perPage = 45;
			for (int first = 0; first < lines.size(); first += perPage) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 11);
					content.setLeading(15);
					content.newLineAtOffset(60, 720);
					for (String line : lines.subList(first, Math.min(first + perPage, lines.size()))) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setAuthor(author);
			info.setCreationDate(created);
			if (password != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** A Word document of the text (first line as a bold headline), with its core properties. */
	public static byte[] docx(String text, String title, String author, Calendar created) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			String[] paragraphs = text.strip().split("\n\n");
			XWPFRun headline = document.createParagraph().createRun();
			headline.setBold(true);
			headline.setText(paragraphs[0]);
			for (int i = 1; i < paragraphs.length; i++) {
				document.createParagraph().createRun().setText(paragraphs[i]);
			}
			document.getProperties().getCoreProperties().setTitle(title);
			document.getProperties().getCoreProperties().setCreator(author);
			document.getProperties().getCoreProperties().setCreated(Optional.of(created.getTime()));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
	}

	/** An OpenDocument text: a zip with the mimetype first and stored, content.xml and meta.xml. */
	public static byte[] odt(String text, String title, String author, String created) throws IOException {
		String[] paragraphs = text.strip().split("\n\n");
		StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">").append(xml(paragraphs[0]))
			.append("</text:h>");
		for (int i = 1; i < paragraphs.length; i++) {
			body.append("<text:p>").append(xml(paragraphs[i])).append("</text:p>");
		}
		String content = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
				xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">\
				<office:body><office:text>%s</office:text></office:body></office:document-content>"""
			.formatted(body);
		String meta = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
				xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
				xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta>\
				<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>\
				<dc:creator>%s</dc:creator><meta:creation-date>%s</meta:creation-date>\
				</office:meta></office:document-meta>"""
			.formatted(xml(title), xml(author), xml(author), created);
		String manifest = """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
				manifest:version="1.2">\
				<manifest:file-entry manifest:full-path="/" \
				manifest:media-type="application/vnd.oasis.opendocument.text"/>\
				<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
				<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\
				</manifest:manifest>""";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(mimetype);
			zip.closeEntry();
			entry(zip, "META-INF/manifest.xml", manifest);
			entry(zip, "content.xml", content);
			entry(zip, "meta.xml", meta);
		}
		return out.toByteArray();
	}

	/** Rich Text Format with an info group (title, author, creation time 09:30 on the text's date). */
	public static byte[] rtf(String text, String title, String author) {
		StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}")
			.append("{\\info{\\title ")
			.append(rtfText(title))
			.append("}{\\author ")
			.append(rtfText(author))
			.append("}{\\creatim\\yr2024\\mo6\\dy5\\hr9\\min30}}\\f0\\fs24 ");
		String[] paragraphs = text.strip().split("\n\n");
		rtf.append("{\\b ").append(rtfText(paragraphs[0])).append("}\\par\\par ");
		for (int i = 1; i < paragraphs.length; i++) {
			rtf.append(rtfText(paragraphs[i])).append("\\par\\par ");
		}
		return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** A news page: site header, navigation, a cookie banner, a sidebar and a footer around the article. */
	public static String html() {
		StringBuilder article = new StringBuilder();
		String[] paragraphs = Articles.SOLIDARITY.strip().split("\n\n");
		article.append("<h1>").append(xml(paragraphs[0])).append("</h1>\n");
		article.append("<p class=\"byline\">By Siti Rahmawati</p>\n");
		for (int i = 1; i < paragraphs.length; i++) {
			article.append("<p>").append(xml(paragraphs[i])).append("</p>\n");
		}
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<title>%s</title>
				<meta name="author" content="Siti Rahmawati">
				<meta name="dcterms.created" content="2023-09-25T08:00:00Z">
				<style>body { font-family: sans-serif; }</style>
				<script>window.analytics = { track: function () {} };</script>
				</head>
				<body>
				<header class="site-header"><a href="/">Southeast Asia Defence Review</a>
				<form role="search"><input name="q"> <button>Search</button></form></header>
				<nav><ul><li><a href="/">Home</a></li><li><a href="/asean">ASEAN</a></li>
				<li><a href="/fleets">Fleet tracker</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
				<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Accept</a></div>
				<div class="breadcrumbs"><a href="/">Home</a> / <a href="/asean">ASEAN</a></div>
				<main>
				<article>
				%s</article>
				<aside><h2>Related stories</h2><ul><li><a href="/a">Singapore buys submarines</a></li>
				<li><a href="/b">Thailand's new frigate enters service</a></li></ul></aside>
				</main>
				<footer><p>Copyright 2023 Southeast Asia Defence Review. All rights reserved.</p>
				<p><a href="/terms">Terms</a> | <a href="/contact">Contact</a></p></footer>
				</body>
				</html>
				""".formatted(Articles.SOLIDARITY_TITLE, article);
	}

	/** The words of the page furniture in {@link #html()}, none of which may reach the article text. */
	public static List<String> htmlFurniture() {
		return List.of("Southeast Asia Defence Review", "Subscribe", "Fleet tracker", "cookies", "Related stories",
				"Singapore buys submarines", "Copyright", "Terms", "Search", "analytics", "font-family");
	}

	/** Markdown with YAML front matter, a heading, emphasis, a link and a list. */
	public static String markdown() {
		return """
				---
				title: "%s"
				author: Daniel Tan
				date: 2024-08-08
				---
				%s""".formatted(Articles.CYBER_TITLE, Articles.CYBER);
	}

	/** HTML with the text nested {@code depth} levels deep in {@code div}s. */
	public static String nestedHtml(int depth) {
		return "<!DOCTYPE html><html><head><title>Nested</title></head><body>" + "<div>".repeat(depth)
				+ "ASEAN defence cooperation nested deep." + "</div>".repeat(depth) + "</body></html>";
	}

	/**
	 * A docx whose document part expands about a thousand times: 24 MB of repeated paragraphs in a few tens of
	 * kilobytes.
	 */
	public static byte[] zipBombDocx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out))) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/word/document.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" \
					Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
					Target="word/document.xml"/></Relationships>""");
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
					+ "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
				.getBytes(StandardCharsets.UTF_8));
			byte[] chunk = "<w:p><w:r><w:t>ASEAN ASEAN ASEAN</w:t></w:r></w:p>".repeat(10_000)
				.getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 48; i++) {
				zip.write(chunk);
			}
			zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/** UTF-8 Vietnamese text with every third continuation byte broken: no legacy encoding reads it. */
	public static byte[] brokenUtf8() {
		byte[] bytes = Articles.HANOI.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			if ((bytes[i] & 0xC0) == 0x80 && i % 3 == 0) {
				bytes[i] = 'x';
			}
		}
		return bytes;
	}

	/** A tiny PNG image. */
	public static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0x2266AA);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** Readable text one byte over the size limit. */
	public static byte[] overSize(long maxFileSize) {
		return repeatTo(Articles.MARITIME, maxFileSize + 1);
	}

	/** Readable text with more characters than the limit (and as few bytes as possible). */
	public static byte[] overCharacters(int maxCharacters) {
		return repeatTo(Articles.RELIEF, maxCharacters + 1024L);
	}

	private static byte[] repeatTo(String text, long size) {
		byte[] unit = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[Math.toIntExact(size)];
		for (int i = 0; i < bytes.length; i += unit.length) {
			System.arraycopy(unit, 0, bytes, i, Math.min(unit.length, bytes.length - i));
		}
		return bytes;
	}

	private static Sample write(Path dir, String name, byte[] content, String mediaType, String excerpt,
			Map<String, String> metadata) throws IOException {
		Files.write(dir.resolve(name), content);
		return new Sample(name, null, null, mediaType, excerpt, metadata);
	}

	private static Sample bad(Path dir, String name, byte[] content, ContentProblem problem, String reason)
			throws IOException {
		Files.write(dir.resolve(name), content);
		return new Sample(name, problem.code(), reason, null, null, Map.of());
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String rtfText(String text) {
		StringBuilder rtf = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\', '{', '}' -> rtf.append('\\').append(c);
				case '\n' -> rtf.append(' ');
				default -> {
					if (c > 127) {
						rtf.append("\\u").append((int) (short) c).append('?');
					}
					else {
						rtf.append(c);
					}
				}
			}
		}
		return rtf.toString();
	}

	private static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.strip().split("\n\n")) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.strip().split("\\s+")) {
				if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				if (!line.isEmpty()) {
					line.append(' ');
				}
				line.append(word);
			}
			lines.add(line.toString());
			lines.add("");
		}
		return lines;
	}

	/** A calendar date at 09:30 UTC. */
	public static Calendar date(int year, int month, int day) {
		GregorianCalendar calendar = new GregorianCalendar(UTC);
		calendar.clear();
		calendar.set(year, month - 1, day, 9, 30, 0);
		return calendar;
	}

	/**
	 * One file of the corpus.
	 *
	 * @param fileName its name in the folder
	 * @param code the reason code ingest must fail it with, {@code null} for a file it must publish
	 * @param reason words the reason must contain, for a failing file
	 * @param mediaType the media type its event carries, for a good file
	 * @param excerpt a passage its text must contain, for a good file
	 * @param metadata title, author, created its event must carry, for a good file
	 */
	public record Sample(String fileName, String code, String reason, String mediaType, String excerpt,
			Map<String, String> metadata) {

		/** Whether ingest must publish it. */
		public boolean isGood() {
			return this.code == null;
		}

	}

}
