package io.articleflow.extract.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import io.articleflow.extract.nlp.OpenNlpModels;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The language of an article as an ISO 639-3 code ({@code eng}, {@code vie}), from OpenNLP's language-detection model
 * (103 languages), loaded once and shared by all threads. Only a sample of the body is examined: a couple of hundred
 * characters of prose decide the language as well as the whole text, at a fraction of the cost. The model is asked
 * directly with the features it was trained on (the distinct character 1- to 3-grams of the lower-cased sample, digits
 * and runs of white space folded as its normalisers do); {@code LanguageDetectorME} would also run its URL, e-mail,
 * emoji and hashtag normalisers over the sample, which cost as much as the classification and change nothing on the
 * prose sample taken here.
 */
public final class LanguageIdentifier {

	/** Characters of body text examined: enough for a clear decision on news prose, cheap enough for the hot path. */
	static final int SAMPLE_CHARS = 180;

	/** Fewer letters than this say too little to tell a language. */
	private static final int MIN_LETTERS = 20;

	/**
	 * Characters of prose looked through for English function words (the opening of the first paragraph that long,
	 * else of the longest): more than the model's sample, as news prose written in long noun phrases ("defence
	 * cooperation with the countries of the region") can go 180 characters with only two or three of them, and
	 * looking costs a fraction of the model's question.
	 */
	static final int ENGLISH_SCAN_CHARS = 720;

	/**
	 * Function words that no other language writes as words of its own (not "was", "also", "over": German and Dutch
	 * words; not "for", "her": Scandinavian ones). A sample with several of them is English prose, which most articles
	 * are, and the model's question (some hundreds of n-grams against 103 languages, the costliest part of reading an
	 * article's metadata) is left for the others.
	 */
	private static final Set<String> ENGLISH_ONLY_WORDS = Set.of("the", "and", "with", "that", "which", "from", "said",
			"been", "this", "were", "their", "would", "will", "has", "have", "these", "those", "should", "could",
			"about", "other", "there", "they", "what", "when", "where", "while", "being", "into", "than", "such",
			"its", "his", "who", "had");

	/** Distinct English-only words that make a sample English: one or two can be a quoted name or title. */
	private static final int ENGLISH_WORDS = 4;

	/**
	 * Occurrences of English-only words that make a sample English when at least two distinct ones are among them:
	 * prose in long noun phrases repeats "the" and "and" more than it varies them; a quoted title does not repeat.
	 */
	private static final int ENGLISH_OCCURRENCES = 8;

	private final MaxentModel model;

	public LanguageIdentifier() {
		LanguageDetectorModel model;
		try (InputStream in = OpenNlpModels.open("langdetect")) {
			model = new LanguageDetectorModel(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot load the language-detection model", ex);
		}
		this.model = model.getMaxentModel();
	}

	/** The ISO 639-3 code of the text's language, or {@code null} when the text is too short to tell. */
	public String identify(String text) {
		String sample = sample(text);
		int letters = 0;
		for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
			if (Character.isLetter(sample.charAt(i))) {
				letters++;
			}
		}
		if (letters < MIN_LETTERS) {
			return null;
		}
		if (isEnglishProse(prose(text))) {
			return "eng";
		}
		double[] probabilities = model.eval(features(sample));
		return model.getBestOutcome(probabilities);
	}

	static boolean isEnglishProse(String sample) {
		Set<String> seen = new HashSet<>();
		int occurrences = 0;
		int i = 0;
		int n = sample.length();
		while (i < n) {
			while (i < n && !Character.isLetter(sample.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < n && Character.isLetter(sample.charAt(i))) {
				i++;
			}
			int length = i - start;
			if (length >= 3 && length <= 6) {
				String word = sample.substring(start, i).toLowerCase(Locale.ROOT);
				if (ENGLISH_ONLY_WORDS.contains(word)) {
					seen.add(word);
					occurrences++;
					if (seen.size() >= ENGLISH_WORDS || (occurrences >= ENGLISH_OCCURRENCES && seen.size() >= 2)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Distinct character 1- to 3-grams of the normalised, lower-cased sample. */
	static String[] features(String sample) {
		StringBuilder normalised = new StringBuilder(sample.length());
		boolean space = false;
		for (int i = 0; i < sample.length(); i++) {
			char c = sample.charAt(i);
			if (Character.isWhitespace(c) || Character.isDigit(c)) {
				space = true;
				continue;
			}
			if (space && normalised.length() > 0) {
				normalised.append(' ');
			}
			space = false;
			normalised.append(c);
		}
		String text = normalised.toString().toLowerCase(Locale.ROOT);
		Set<String> grams = new LinkedHashSet<>(text.length() * 3);
		for (int length = 1; length <= 3; length++) {
			for (int i = 0; i + length <= text.length(); i++) {
				grams.add(text.substring(i, i + length));
			}
		}
		return grams.toArray(String[]::new);
	}

	/** The longest paragraph's opening the model is asked about: headers, bylines and date lines say little. */
	static String sample(String text) {
		return opening(text, SAMPLE_CHARS);
	}

	/** The longer opening looked through for English function words (it may be a later paragraph than the sample's). */
	static String prose(String text) {
		return opening(text, ENGLISH_SCAN_CHARS);
	}

	/** The first {@code chars} characters of the first paragraph that long, else of the longest one. */
	private static String opening(String text, int chars) {
		int bestStart = 0;
		int bestLength = -1;
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			if (end - start > bestLength) {
				bestLength = end - start;
				bestStart = start;
			}
			if (bestLength >= chars) {
				break;
			}
			start = end + 1;
		}
		return text.substring(bestStart, Math.min(text.length(), bestStart + Math.min(Math.max(bestLength, 0), chars)));
	}

}
