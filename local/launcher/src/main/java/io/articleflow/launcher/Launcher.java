package io.articleflow.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import io.articleflow.launcher.control.ControlChannel;
import io.articleflow.launcher.status.IndexedDocuments;
import io.articleflow.launcher.status.KafkaFigures;
import io.articleflow.launcher.status.StatusReport;
import io.articleflow.launcher.supervise.Backoff;
import io.articleflow.launcher.supervise.ProcessSpec;
import io.articleflow.launcher.supervise.ProcessTable;
import io.articleflow.launcher.supervise.Supervisor;

/**
 * The commands {@code ./pipeline} hands over, each on the supervisor folder of a run
 * ({@code <state>/supervisor}: {@code specs/}, {@code processes}, {@code control/}, {@code supervisor.pid}):
 * <ul>
 * <li>{@code supervise FOLDER LOGS [TARGETS]}: start the processes of {@code specs/} and keep them alive until
 * SIGTERM;</li>
 * <li>{@code restart FOLDER NAME}, {@code scale FOLDER SERVICE N}: ask the running supervisor;</li>
 * <li>{@code status FOLDER}: processes, consumer lag, dead letters, documents indexed.</li>
 * </ul>
 * Exit codes: 0 done, 1 failed, 2 wrong usage.
 */
public final class Launcher {

	/** The broker's process, whose port is the bootstrap address of {@code status}. */
	static final String KAFKA = "kafka";

	/** The process that counts the documents indexed. */
	static final String INDEX = "index-service";

	private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);

	private Launcher() {
	}

	public static void main(String[] args) throws Exception {
		// the broker's jars bring slf4j-simple: keep the Kafka client's configuration dump out of the output
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		if (args.length < 2) {
			System.exit(usage());
		}
		Path folder = Path.of(args[1]);
		int code = switch (args[0]) {
			case "supervise" -> args.length >= 3 ? supervise(folder, Path.of(args[2]),
					args.length >= 4 ? Path.of(args[3]) : null) : usage();
			case "restart" -> args.length == 3 ? request(folder, "restart " + args[2]) : usage();
			case "scale" -> args.length == 4 && args[3].matches("\\d{1,3}")
					? request(folder, "scale " + args[2] + " " + args[3]) : usage();
			case "status" -> args.length == 2 ? status(folder) : usage();
			default -> usage();
		};
		System.exit(code);
	}

	private static int supervise(Path folder, Path logs, Path targets) throws IOException, InterruptedException {
		List<ProcessSpec> specs = ProcessSpec.readAll(folder.resolve("specs"));
		Files.createDirectories(logs);
		Path log = logs.resolve("supervisor.log");
		Consumer<String> say = line -> {
			System.out.println("pipeline: " + line);
			try {
				Files.writeString(log, Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + line + "\n",
						StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				System.err.println("pipeline: could not write " + log + ": " + ex.getMessage());
			}
		};
		ControlChannel control = new ControlChannel(folder.resolve("control"));
		Supervisor supervisor = new Supervisor(specs, logs, new ProcessTable(folder.resolve("processes")), targets,
				Backoff.DEFAULT, say);
		Files.writeString(folder.resolve("supervisor.pid"), ProcessHandle.current().pid() + "\n");
		Thread main = Thread.currentThread();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			main.interrupt();
			supervisor.stopAll();
		}, "supervisor-stop"));
		try {
			supervisor.start();
			while (!Thread.currentThread().isInterrupted()) {
				control.serve((words, progress) -> {
					say.accept("request: " + String.join(" ", words));
					Consumer<String> both = line -> {
						progress.accept(line);
						say.accept(line);
					};
					switch (words.getFirst()) {
						case "restart" -> supervisor.restart(words.get(1), both);
						case "scale" -> supervisor.scale(words.get(1), Integer.parseInt(words.get(2)), both);
						default -> throw new IllegalArgumentException("unknown request " + words);
					}
				});
				Thread.sleep(300);
			}
		}
		catch (InterruptedException ex) {
			// SIGTERM: the shutdown hook stops the processes
		}
		return 0;
	}

	private static int request(Path folder, String request) throws IOException, InterruptedException {
		long pid = supervisorPid(folder);
		if (pid < 0) {
			System.err.println("pipeline: no local run is going (state " + folder.getParent()
					+ "); start one with ./pipeline run");
			return 1;
		}
		boolean ok = new ControlChannel(folder.resolve("control")).send(request, System.out::println,
				() -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), REQUEST_TIMEOUT);
		return ok ? 0 : 1;
	}

	private static int status(Path folder) throws IOException, InterruptedException {
		List<ProcessTable.Row> rows = new ProcessTable(folder.resolve("processes")).read();
		long pid = supervisorPid(folder);
		if (rows.isEmpty()) {
			System.out.println("No local run has started in " + folder.getParent() + " yet: ./pipeline run");
			return pid < 0 ? 1 : 0;
		}
		KafkaFigures kafka = null;
		String kafkaProblem = null;
		long documents = -1;
		String documentsProblem = null;
		if (pid < 0) {
			kafkaProblem = documentsProblem = "no run is going";
		}
		else {
			int kafkaPort = portOf(rows, KAFKA);
			try {
				kafka = KafkaFigures.read("127.0.0.1:" + kafkaPort);
			}
			catch (Exception ex) {
				kafkaProblem = "the broker at 127.0.0.1:" + kafkaPort + " did not answer (" + ex.getClass().getSimpleName()
						+ ")";
			}
			try {
				documents = IndexedDocuments.count(portOf(rows, INDEX));
			}
			catch (IOException ex) {
				documentsProblem = "index-service did not answer: " + ex.getMessage();
			}
		}
		System.out.print(StatusReport.render(pid, rows,
				p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false), kafka, kafkaProblem, documents,
				documentsProblem, Instant.now()));
		System.out.printf("(at %s; logs of every process: %s)%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
				folder.getParent().resolve("logs"));
		return 0;
	}

	private static int portOf(List<ProcessTable.Row> rows, String name) {
		return rows.stream().filter(r -> r.name().equals(name)).findFirst().map(ProcessTable.Row::port).orElse(-1);
	}

	/** The pid of the live supervisor of this folder, or -1. */
	private static long supervisorPid(Path folder) throws IOException {
		Path file = folder.resolve("supervisor.pid");
		if (!Files.exists(file)) {
			return -1;
		}
		long pid = Long.parseLong(Files.readString(file).trim());
		// a pid file left by a supervisor that was killed may name an unrelated process by now
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().commandLine().map(c -> c.contains(Launcher.class.getName())).orElse(true))
			.isPresent() ? pid : -1;
	}

	private static int usage() {
		System.err.println("usage: Launcher supervise FOLDER LOGS [TARGETS] | restart FOLDER NAME | "
				+ "scale FOLDER SERVICE N | status FOLDER");
		return 2;
	}

}
