package io.articleflow.extract.analysis;

/**
 * One analyzer for the whole test run: loading the knowledge base and the language model takes a second or two, and
 * the tests that need the real thing share it.
 */
public final class SharedAnalyzer {

	private static DefaultArticleAnalyzer instance;

	private SharedAnalyzer() {
	}

	public static synchronized DefaultArticleAnalyzer get() {
		if (instance == null) {
			instance = DefaultArticleAnalyzer.create(AnalysisProperties.defaults());
		}
		return instance;
	}

}
