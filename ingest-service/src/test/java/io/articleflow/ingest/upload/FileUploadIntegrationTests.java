package io.articleflow.ingest.upload;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;


import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.common.test.EventSchemas;
import io.articleflow.ingest.bucket.IngestFailure;
import io.articleflow.ingest.samples.SampleCorpus;
import io.articleflow.ingest.support.Http;
import io.articleflow.ingest.support.RunningIngestService;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/files} on the running service, with a directory bucket and the real broker. */
class FileUploadIntegrationTests extends RunningIngestService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Http http;

	@BeforeEach
	void client() {
		this.http = http();
	}

	@Test
	void publishesAnUploadAndAnswers201WithItsDocumentId() throws IOException {
		byte[] docx = SampleCorpus.docx("Brunei hosts ASEAN defence meeting " + UUID.randomUUID()
				+ "\n\nBandar Seri Begawan welcomed the ministers.", "Brunei meeting", "Hajah Nor",
				SampleCorpus.date(2021, 6, 15));

		HttpResponse<String> response = this.http.upload("/api/files", "file", "brunei meeting.docx", docx);

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(response.body());
		String documentId = body.get("documentId").asString();
		assertThat(documentId).matches("[0-9a-f]{32}");
		assertThat(body.get("status").asString()).isEqualTo("published");
		assertThat(body.get("fileName").asString()).isEqualTo("brunei meeting.docx");
		String key = body.get("key").asString();
		assertThat(key).matches("uploads/[0-9a-f]{8}/brunei meeting\\.docx");
		ConsumerRecord<String, String> record = ingested.await(r -> documentId.equals(r.key()), Duration.ofSeconds(30));
		ArticleIngested event = JSON.readValue(record.value(), ArticleIngested.class);
		assertThat(event.documentId()).isEqualTo(DocumentIds.of(event.text()));
		assertThat(event.source().uri()).isEqualTo("upload:" + key.replace(" ", "%20"));
		assertThat(event.source().metadata()).containsEntry("title", "Brunei meeting").containsEntry("author", "Hajah Nor");
		assertThat(bucket.resolve("processed").resolve(key)).hasBinaryContent(docx);
	}

	@Test
	void refusesAnUploadOverTheSizeLimitWith413BeforeStoringIt() throws IOException {
		byte[] big = SampleCorpus.overSize(MAX_FILE_SIZE);

		HttpResponse<String> response = this.http.upload("/api/files", "file", "too-big-" + UUID.randomUUID() + ".txt",
				big);

		assertThat(response.statusCode()).isEqualTo(413);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error").asString()).isEqualTo("too-large");
		assertThat(body.get("detail").asString()).contains("over the " + MAX_FILE_SIZE + "-byte limit");
		assertThat(filesIn(bucket)).noneMatch(file -> file.getFileName().toString().startsWith("too-big-"));
	}

	@Test
	void refusesAnUnsupportedTypeWith415AndKeepsItInFailedWithItsReason() throws IOException {
		byte[] png = SampleCorpus.png();

		HttpResponse<String> response = this.http.upload("/api/files", "file", "photo.txt", png);

		assertThat(response.statusCode()).isEqualTo(415);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error").asString()).isEqualTo("unsupported-type");
		assertThat(body.get("detail").asString()).startsWith("unsupported type image/png");
		String key = body.get("key").asString();
		assertThat(bucket.resolve("failed").resolve(key)).hasBinaryContent(png);
		IngestFailure sidecar = JSON.readValue(bucket.resolve("failed").resolve(key + ".error.json").toFile(),
				IngestFailure.class);
		assertThat(sidecar.code()).isEqualTo("unsupported-type");
		assertThat(sidecar.file()).isEqualTo(key);
	}

	@Test
	void carriesThePublishedFieldOfAnUploadAsTheDocumentDateOfItsSource() throws IOException {
		byte[] text = ("Laos hosts ASEAN defence talks " + UUID.randomUUID() + "\n\nThe ministers met on June 27.")
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = this.http.upload("/api/files", "file", "vientiane talks.txt", text,
				Map.of("published", "2022-06-28"));

		assertThat(response.statusCode()).isEqualTo(201);
		String documentId = JSON.readTree(response.body()).get("documentId").asString();
		ConsumerRecord<String, String> record = ingested.await(r -> documentId.equals(r.key()), Duration.ofSeconds(30));
		assertThat(EventSchemas.violations(ArticleIngested.SCHEMA, record.value())).isEmpty();
		assertThat(JSON.readValue(record.value(), ArticleIngested.class).source().documentDate()).isEqualTo("2022-06-28");
	}

	@Test
	void answers400ToAPublishedFieldThatIsNotAnIsoDateAndStoresNothing() throws IOException {
		HttpResponse<String> response = this.http.upload("/api/files", "file", "dated.txt",
				"ASEAN ministers met.".getBytes(StandardCharsets.UTF_8), Map.of("published", "June 28th"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("'published'", "June 28th");
	}

	@Test
	void answers400WithoutAFilePart() throws IOException {
		HttpResponse<String> response = this.http.upload("/api/files", "document", "a.txt",
				"ASEAN".getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("bad-request");
		assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("'file'");
	}

	@Test
	void answers400ToARequestThatIsNotAMultipartUpload() throws IOException {
		HttpResponse<String> response = this.http.post("/api/files", "application/json",
				"{\"text\":\"ASEAN\"}".getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("bad-request");
	}

	@Test
	void answers400ToAnEmptyFileAndKeepsItInFailed() throws IOException {
		HttpResponse<String> response = this.http.upload("/api/files", "file", "empty.txt", new byte[0]);

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error").asString()).isEqualTo("empty");
		assertThat(body.get("detail").asString()).isEqualTo("the file is empty (0 bytes)");
		assertThat(bucket.resolve("failed").resolve(body.get("key").asString() + ".error.json")).exists();
	}

	@Test
	void answers422ToADocumentItCannotReadAndKeepsItInFailed() throws IOException {
		byte[] encrypted = SampleCorpus.pdf("ASEAN", "Secret", "Ahmad Yani", SampleCorpus.date(2024, 3, 14), "secret");

		HttpResponse<String> response = this.http.upload("/api/files", "file", "secret.pdf", encrypted);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error").asString()).isEqualTo("encrypted");
		assertThat(bucket.resolve("failed").resolve(body.get("key").asString())).hasBinaryContent(encrypted);
	}

	@Test
	void refusesAnUploadWithoutTheBearerTokenWith401BeforeStoringIt() throws IOException {
		byte[] content = ("ASEAN defence ministers met in Vientiane " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

		for (String token : new String[] { null, "not-the-token", API_TOKEN + "x" }) {
			HttpResponse<String> response = http(token).upload("/api/files", "file", "no-token.txt", content);

			assertThat(response.statusCode()).as("token %s", token).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"articleflow\"");
			assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("unauthorized");
		}
		// reads stay open
		assertThat(http(null).get("/api/ingest/status").statusCode()).isEqualTo(200);
		try (var files = Files.walk(bucket)) {
			assertThat(files).noneMatch(file -> file.getFileName().toString().equals("no-token.txt"));
		}
	}

	@Test
	void keepsAnUploadNamedWithDotDotInsideTheBucket() throws IOException {
		String text = "Timor-Leste observes ASEAN defence talks " + UUID.randomUUID() + ".";

		HttpResponse<String> response = this.http.upload("/api/files", "file", "../../../escaped-upload.txt",
				text.getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("fileName").asString()).isEqualTo("escaped-upload.txt");
		assertThat(body.get("key").asString()).matches("uploads/[0-9a-f]{8}/escaped-upload\\.txt");
		assertThat(bucket.resolve("processed").resolve(body.get("key").asString())).hasContent(text);
		assertThat(filesIn(bucket.getParent())).allMatch(file -> file.startsWith(bucket));
		assertThat(bucket.getParent().getParent().resolve("escaped-upload.txt")).doesNotExist();
	}

	private static java.util.List<Path> filesIn(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

}
