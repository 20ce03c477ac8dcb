package io.articleflow.extract.entity;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.KbEntry;

/**
 * A span a rule proposes as the mention of an entity, before overlapping proposals are settled.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param type entity type
 * @param key what groups mentions into one entity within the article
 * @param canonical the entity's name as this mention gives it
 * @param kb the knowledge-base entry, or {@code null}
 * @param priority breaks ties between proposals of the same length (higher wins)
 * @param rank for persons: the rank written before the name, or {@code null}
 * @param role for persons: the position written before the name, or {@code null}
 * @param shortReference for persons: a family-less reference ({@code General Chien}) to resolve against full names
 */
record Candidate(int start, int end, EntityType type, String key, String canonical, KbEntry kb, int priority,
		String rank, String role, boolean shortReference) {

	/** Exact knowledge-base matches, and rules as specific. */
	static final int KNOWLEDGE_BASE = 30;

	/** Numbered legal instruments and titled person names: the strongest evidence. */
	static final int STRONG_RULE = 40;

	/** A name the rules recognise by its form (Vietnamese names, typo-tolerant knowledge-base matches). */
	static final int FORM_RULE = 20;

	/** A capitalised phrase typed by its head word. */
	static final int HEAD_WORD = 10;

	static Candidate of(int start, int end, EntityType type, String key, String canonical, KbEntry kb, int priority) {
		return new Candidate(start, end, type, key, canonical, kb, priority, null, null, false);
	}

	static Candidate ofKb(int start, int end, KbEntry kb, int priority) {
		// known persons group with the same names found by the person rules
		String key = kb.type() == EntityType.PERSON ? PersonNames.personKey(kb.canonicalName()) : kb.id();
		return new Candidate(start, end, kb.type(), key, kb.canonicalName(), kb, priority, null, null, false);
	}

	int length() {
		return end - start;
	}

	boolean overlaps(Candidate other) {
		return start < other.end && other.start < end;
	}

}
