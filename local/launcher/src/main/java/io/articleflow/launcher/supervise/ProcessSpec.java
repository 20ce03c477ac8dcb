package io.articleflow.launcher.supervise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start one process of the local run and tell that it is healthy. Written by {@code ./pipeline} as a spec
 * file: {@code key=value} lines ({@code name}, {@code port}, {@code health} = {@code tcp} or an HTTP path,
 * {@code await}, {@code scalable}, {@code single}, {@code metrics}), a line {@code --}, then the command, one argument
 * per line, where {@code @PORT@} stands for the instance's port.
 *
 * @param name the process name, e.g. {@code extract-service}; later instances are {@code extract-service-2}, ...
 * @param port the port of the first instance; later instances get a free port
 * @param healthPath the HTTP path that answers 200 when the process is healthy, or {@code null} to probe that the
 * port accepts connections
 * @param await whether the processes after this one start only once it is healthy (the broker)
 * @param scalable whether more instances may run side by side (consumers of one group)
 * @param single why only one instance may run, told to whoever asks for more; {@code null} when scalable
 * @param metrics whether Prometheus scrapes it
 * @param command the command line, with {@code @PORT@} and {@code @INSTANCE@} placeholders
 */
public record ProcessSpec(String name, int port, String healthPath, boolean await, boolean scalable, String single,
		boolean metrics, List<String> command) {

	/** The placeholder for an instance's port in {@link #command()}. */
	public static final String PORT = "@PORT@";

	/** The placeholder for an instance's name ({@code extract-service-2}) in {@link #command()}. */
	public static final String INSTANCE = "@INSTANCE@";

	public ProcessSpec {
		if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("a process name is lower-case letters, digits and '-': " + name);
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(name + ": port " + port + " is not between 1 and 65535");
		}
		if (command == null || command.isEmpty()) {
			throw new IllegalArgumentException(name + ": no command");
		}
		command = List.copyOf(command);
	}

	/** The command of the named instance listening on {@code instancePort}. */
	public List<String> commandFor(String instanceName, int instancePort) {
		return this.command.stream()
			.map(arg -> arg.replace(PORT, Integer.toString(instancePort)).replace(INSTANCE, instanceName))
			.toList();
	}

	/** Reads a spec file; a clear message names the file and what is wrong with it. */
	public static ProcessSpec read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		int separator = lines.indexOf("--");
		if (separator < 0) {
			throw new IllegalArgumentException(file + ": no line '--' before the command");
		}
		Map<String, String> keys = new HashMap<>();
		for (String line : lines.subList(0, separator)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException(file + ": '" + line + "' is not key=value");
			}
			keys.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
		}
		List<String> command = new ArrayList<>(lines.subList(separator + 1, lines.size()));
		while (!command.isEmpty() && command.getLast().isEmpty()) {
			command.removeLast();
		}
		try {
			String health = keys.getOrDefault("health", "tcp");
			return new ProcessSpec(keys.get("name"), Integer.parseInt(keys.getOrDefault("port", "0")),
					health.equals("tcp") ? null : health, flag(keys, "await"), flag(keys, "scalable"),
					keys.get("single"), flag(keys, "metrics"), command);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
		}
	}

	/** Reads every {@code *.spec} file of a folder, in the order of their names (the start order). */
	public static List<ProcessSpec> readAll(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("no folder " + folder);
		}
		List<ProcessSpec> specs = new ArrayList<>();
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".spec")).sorted().toList()) {
				specs.add(read(file));
			}
		}
		if (specs.isEmpty()) {
			throw new IllegalArgumentException("no *.spec files in " + folder);
		}
		return specs;
	}

	private static boolean flag(Map<String, String> keys, String key) {
		return Boolean.parseBoolean(keys.getOrDefault(key, "false"));
	}

}
