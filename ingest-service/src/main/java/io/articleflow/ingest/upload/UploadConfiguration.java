package io.articleflow.ingest.upload;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import io.articleflow.ingest.intake.FileIngestor;
import io.articleflow.ingest.intake.InFlightKeys;
import io.articleflow.ingest.intake.IngestOutcomes;
import io.articleflow.ingest.intake.IngestProgress;
import io.articleflow.ingest.intake.LimitsProperties;

/**
 * The upload endpoint, with the servlet container's multipart limits taken from {@code ingest.limits}: an
 * over-size upload is refused while it is read, before anything is stored.
 */
@Configuration(proxyBeanMethods = false)
public class UploadConfiguration {

	/** Above this an upload is spooled to disk rather than held in memory. */
	static final DataSize IN_MEMORY_THRESHOLD = DataSize.ofMegabytes(1);

	/** Room for the multipart framing and the other fields of the form. */
	static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(1);

	@Bean
	MultipartConfigElement multipartConfigElement(LimitsProperties limits) {
		long maxFileSize = limits.maxFileSize().toBytes();
		return new MultipartConfigElement("", maxFileSize, maxFileSize + FORM_OVERHEAD.toBytes(),
				(int) Math.min(IN_MEMORY_THRESHOLD.toBytes(), maxFileSize));
	}

	@Bean
	FileUploads fileUploads(FileIngestor ingestor, InFlightKeys inFlight, IngestProgress progress,
			IngestOutcomes outcomes) {
		return new FileUploads(ingestor, inFlight, progress, outcomes);
	}

}
