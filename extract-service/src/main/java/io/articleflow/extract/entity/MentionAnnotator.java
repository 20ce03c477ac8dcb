package io.articleflow.extract.entity;

import java.util.List;

import io.articleflow.extract.text.ArticleText;

/**
 * One named stage of the entity pass, adding one layer to the shared article: a proposer adds candidate mentions
 * (before overlaps are settled), a resolver adds mentions that only make sense against those already kept (acronyms
 * defined in the text, short references to persons). Each stage is a plain class testable alone.
 */
sealed interface MentionAnnotator {

	/** The stage's name, as the extractor lists it. */
	String name();

	/** A stage that proposes candidate mentions found by one kind of evidence. */
	record Proposer(String name, Proposal proposal) implements MentionAnnotator {
	}

	/** A stage that resolves further mentions against the kept ones and offers them to the selector. */
	record Resolver(String name, Resolution resolution) implements MentionAnnotator {
	}

	@FunctionalInterface
	interface Proposal {

		void propose(ArticleText article, List<Candidate> into);

	}

	@FunctionalInterface
	interface Resolution {

		void resolve(ArticleText article, List<Candidate> kept, SpanSelector selector);

	}

}
