package io.articleflow.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Whether a capitalised word opens a sentence only because sentences open with a capital: {@code Visiting Indian
 * Navy ships docked ...}, {@code Following Vietnam Coast Guard patrols ...}. OpenNLP's sentence detector decides
 * whether a sentence starts there, its tokenizer and part-of-speech tagger read the sentence's first words. The
 * rules ask only about capitalised phrases at a possible sentence start, a few per article, so the models stay off
 * the hot path.
 */
public final class SentenceOpenings {

	/** Universal part-of-speech tags of words that never open a name. */
	private static final Set<String> NEVER_OPEN_A_NAME = Set.of("VERB", "AUX", "ADV", "ADP", "DET", "PRON", "SCONJ",
			"CCONJ", "PART", "INTJ");

	/**
	 * How far before the word the sentence detector reads, within the word's line: the end of the sentence before it
	 * is what tells a sentence start.
	 */
	private static final int CONTEXT_BEFORE = 200;

	/** How far after the word the detector and the tagger read: the opening words, not the whole sentence. */
	private static final int CONTEXT_AFTER = 100;

	/** How many of the sentence's first tokens the tagger reads: enough context for the first one. */
	private static final int OPENING_TOKENS = 8;

	private static final class Shared {

		static final SentenceOpenings INSTANCE = load();

	}

	private final ThreadLocal<Tools> tools;

	private SentenceOpenings(SentenceModel sentences, TokenizerModel tokens, POSModel tags) {
		// the models are thread-safe, the tools reading with them are not: one set per thread
		this.tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(sentences), new TokenizerME(tokens),
				new POSTaggerME(tags, POSTagFormat.UD)));
	}

	/** The English models of the {@code opennlp-models-*} jars on the class path. */
	public static SentenceOpenings load() {
		try (InputStream sentences = OpenNlpModels.open("-sentence-");
				InputStream tokens = OpenNlpModels.open("-tokens-");
				InputStream tags = OpenNlpModels.open("-pos-")) {
			return new SentenceOpenings(new SentenceModel(sentences), new TokenizerModel(tokens), new POSModel(tags));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot load the OpenNLP sentence, token and part-of-speech models", ex);
		}
	}

	/** One instance per class loader, loaded on first use. */
	public static SentenceOpenings shared() {
		return Shared.INSTANCE;
	}

	/**
	 * Whether a sentence of the text starts at the offset with a word that cannot open a name (a verb, an adverb, a
	 * determiner, a preposition, a pronoun or a conjunction).
	 */
	public boolean opensWithWordOutsideNames(String text, int offset) {
		int from = Math.max(Math.max(0, offset - CONTEXT_BEFORE), text.lastIndexOf('\n', offset) + 1);
		int lineEnd = text.indexOf('\n', offset);
		int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, offset + CONTEXT_AFTER);
		// a word cut at the window's end would be tagged as a word of its own
		int lastSpace = text.lastIndexOf(' ', to);
		if (to < (lineEnd < 0 ? text.length() : lineEnd) && lastSpace > offset) {
			to = lastSpace;
		}
		String window = text.substring(from, to);
		Tools reader = this.tools.get();
		Span sentence = Arrays.stream(reader.sentences().sentPosDetect(window))
			.filter(s -> from + s.getStart() == offset)
			.findFirst()
			.orElse(null);
		if (sentence == null) {
			return false;
		}
		String opening = window.substring(sentence.getStart(), sentence.getEnd());
		Span[] tokens = reader.tokens().tokenizePos(opening);
		String[] words = Arrays.stream(tokens, 0, Math.min(tokens.length, OPENING_TOKENS))
			.map(span -> span.getCoveredText(opening).toString())
			.toArray(String[]::new);
		return words.length > 0 && NEVER_OPEN_A_NAME.contains(reader.tagger().tag(words)[0]);
	}

	private record Tools(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME tagger) {
	}

}
