package io.articleflow.extract.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.articleflow.extract.analysis.Analysis;
import io.articleflow.extract.analysis.ArticleAnalyzer;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/extract}: analyses one article on demand. The body is the article as {@code text/plain} or a JSON
 * {@link ExtractRequest}; the answer is the {@link Analysis} as JSON (cleaned text, metadata, entities, cluster id),
 * with the analyzer's version in the {@code X-Analyzer-Version} header. Bodies over the configured size get 413, empty
 * or unreadable input 400, other media types 415, each with a problem-details JSON body.
 */
@RestController
public class ExtractController {

	/** Header carrying {@link ArticleAnalyzer#version()}. */
	public static final String VERSION_HEADER = "X-Analyzer-Version";

	private final ArticleAnalyzer analyzer;

	private final long maxRequestBytes;

	private final JsonMapper json = JsonMapper.builder().build();

	public ExtractController(ArticleAnalyzer analyzer, ExtractApiProperties properties) {
		this.analyzer = analyzer;
		this.maxRequestBytes = properties.maxRequestSize().toBytes();
	}

	@PostMapping(path = "/api/extract", produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Analysis> extract(HttpServletRequest request) throws IOException {
		MediaType type = mediaType(request.getContentType());
		byte[] body = readBounded(request);
		ExtractRequest input;
		if (MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json")) {
			input = parseJson(body);
		}
		else {
			input = new ExtractRequest(new String(body, charset(type)), null, null);
		}
		if (input.text() == null || input.text().isBlank()) {
			throw new ExtractRequestException(HttpStatus.BAD_REQUEST, "the article text is missing or empty");
		}
		String documentId = input.documentId() != null && !input.documentId().isBlank() ? input.documentId()
				: "adhoc-" + sha256(input.text());
		Map<String, String> metadata = input.metadata() == null ? Map.of() : input.metadata();
		Analysis analysis = analyzer.analyze(documentId, input.text(), metadata, input.documentDate());
		return ResponseEntity.ok().header(VERSION_HEADER, analyzer.version()).body(analysis);
	}

	private static MediaType mediaType(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			throw new ExtractRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"send the article as text/plain or as JSON {\"text\": \"...\"}");
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			throw new ExtractRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unreadable content type: " + contentType);
		}
		boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
		if (!json && !MediaType.TEXT_PLAIN.isCompatibleWith(type)) {
			throw new ExtractRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"unsupported content type " + type + ": send text/plain or application/json");
		}
		return type;
	}

	/** Reads the body, refusing it as soon as it is known to exceed the limit (declared length or bytes read). */
	private byte[] readBounded(HttpServletRequest request) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxRequestBytes) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
			if (body.length > maxRequestBytes) {
				throw tooLarge();
			}
			return body;
		}
	}

	private ExtractRequestException tooLarge() {
		return new ExtractRequestException(HttpStatus.CONTENT_TOO_LARGE,
				"the request body exceeds the limit of " + maxRequestBytes + " bytes");
	}

	private ExtractRequest parseJson(byte[] body) {
		try {
			ExtractRequest request = json.readValue(body, ExtractRequest.class);
			if (request == null) {
				throw new ExtractRequestException(HttpStatus.BAD_REQUEST, "the JSON body is empty");
			}
			return request;
		}
		catch (JacksonException ex) {
			throw new ExtractRequestException(HttpStatus.BAD_REQUEST,
					"the body is not a JSON object {\"text\": \"...\"}: " + ex.getOriginalMessage());
		}
	}

	private static Charset charset(MediaType type) {
		try {
			Charset charset = type.getCharset();
			return charset != null ? charset : StandardCharsets.UTF_8;
		}
		catch (RuntimeException ex) {
			throw new ExtractRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unknown charset in " + type);
		}
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
