package io.articleflow.launcher.supervise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProcessSpecTests {

	@TempDir
	Path folder;

	@Test
	void readsKeysAndTheCommandWithThePortFilledInPerInstance() throws IOException {
		Path file = write("20-extract-service.spec", """
				name=extract-service
				port=8082
				health=/actuator/health
				scalable=true
				metrics=true
				--
				java
				-jar
				extract.jar
				--server.port=@PORT@
				--articleflow.kafka.instance-id=@INSTANCE@
				""");

		ProcessSpec spec = ProcessSpec.read(file);

		assertThat(spec).isEqualTo(new ProcessSpec("extract-service", 8082, "/actuator/health", false, true, null,
				true, List.of("java", "-jar", "extract.jar", "--server.port=@PORT@", "--articleflow.kafka.instance-id=@INSTANCE@")));
		assertThat(spec.commandFor("extract-service-2", 41234)).containsExactly("java", "-jar", "extract.jar",
				"--server.port=41234", "--articleflow.kafka.instance-id=extract-service-2");
	}

	@Test
	void probesThePortWhenNoHealthPathIsGivenAndKeepsTheReasonForASingleInstance() throws IOException {
		ProcessSpec spec = ProcessSpec.read(write("10-kafka.spec", """
				name=kafka
				port=9092
				await=true
				single=one broker holds the topics
				--
				java
				kafka.Kafka
				"""));

		assertThat(spec.healthPath()).isNull();
		assertThat(spec.await()).isTrue();
		assertThat(spec.scalable()).isFalse();
		assertThat(spec.single()).isEqualTo("one broker holds the topics");
	}

	@Test
	void readsAFolderInTheOrderOfTheFileNames() throws IOException {
		write("30-ingest.spec", "name=ingest\nport=1\n--\ntrue\n");
		write("10-kafka.spec", "name=kafka\nport=2\n--\ntrue\n");
		write("notes.txt", "not a spec");

		assertThat(ProcessSpec.readAll(this.folder)).extracting(ProcessSpec::name).containsExactly("kafka", "ingest");
	}

	@Test
	void namesTheFileAndTheProblemOfABadSpec() throws IOException {
		Path noSeparator = write("a.spec", "name=a\nport=1\njava\n");
		Path badPort = write("b.spec", "name=b\nport=99999\n--\njava\n");
		Path noCommand = write("c.spec", "name=c\nport=1\n--\n");

		assertThatIllegalArgumentException().isThrownBy(() -> ProcessSpec.read(noSeparator))
			.withMessage(noSeparator + ": no line '--' before the command");
		assertThatIllegalArgumentException().isThrownBy(() -> ProcessSpec.read(badPort))
			.withMessage(badPort + ": b: port 99999 is not between 1 and 65535");
		assertThatIllegalArgumentException().isThrownBy(() -> ProcessSpec.read(noCommand))
			.withMessage(noCommand + ": c: no command");
		assertThatIllegalArgumentException().isThrownBy(() -> ProcessSpec.readAll(this.folder.resolve("none")))
			.withMessage("no folder " + this.folder.resolve("none"));
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.folder.resolve(name), text);
	}

}
