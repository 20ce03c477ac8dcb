package io.articleflow.extract.analysis;

/**
 * Text longer than the pipeline's {@code articleflow.limits.max-characters}: the analyzer refuses it before any work,
 * as its memory grows with the text.
 */
public class TextTooLongException extends IllegalArgumentException {

	public TextTooLongException(int characters, int maxCharacters) {
		super("the text has " + characters + " characters, over the " + maxCharacters
				+ " an article may have (articleflow.limits.max-characters)");
	}

}
