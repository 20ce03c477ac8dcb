package io.articleflow.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Properties;

/**
 * Finds OpenNLP model files on the class path. Each {@code opennlp-models-*} jar carries a {@code model.properties}
 * naming its {@code .bin}; looking the name up there (instead of hard-coding it) survives model upgrades.
 */
public final class OpenNlpModels {

	private OpenNlpModels() {
	}

	/**
	 * Opens the model whose file name contains the given part, e.g. {@code langdetect} or {@code -sentence-}.
	 * @throws IllegalStateException if no model jar on the class path provides one
	 */
	public static InputStream open(String namePart) {
		ClassLoader loader = OpenNlpModels.class.getClassLoader();
		try {
			Enumeration<URL> descriptors = loader.getResources("model.properties");
			while (descriptors.hasMoreElements()) {
				Properties properties = new Properties();
				try (InputStream in = descriptors.nextElement().openStream()) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				String name = properties.getProperty("model.name", "");
				if (name.contains(namePart)) {
					InputStream model = loader.getResourceAsStream(name);
					if (model != null) {
						return model;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot look up OpenNLP models", ex);
		}
		throw new IllegalStateException("no OpenNLP model named like '" + namePart + "' on the class path");
	}

}
