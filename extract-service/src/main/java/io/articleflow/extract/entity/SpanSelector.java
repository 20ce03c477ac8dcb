package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.articleflow.common.event.EntityType;

/**
 * Settles overlapping proposals: the longest span wins, then the higher priority, then the earlier one; a span is kept
 * only where no kept span overlaps it.
 */
final class SpanSelector {

	private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::length)
		.reversed()
		.thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
		.thenComparingInt(Candidate::start);

	private final BitSet occupied = new BitSet();

	private final List<Candidate> kept = new ArrayList<>();

	/**
	 * Adds the proposals that fit, best first. A phrase typed only by its head word gives way to a stronger proposal
	 * that crosses its boundary ({@code Resolution of the 8th Plenum of the Party Central Committee} against {@code
	 * Party Central Committee on the Strategy ...}): the crossing shows the phrase was cut in the wrong place. A stronger
	 * proposal inside the phrase ({@code Vietnam} in {@code Vietnam Peacekeeping Centre}) does not.
	 */
	SpanSelector offer(List<Candidate> candidates) {
		List<Candidate> sorted = new ArrayList<>(candidates.size());
		List<Candidate> strong = new ArrayList<>();
		for (Candidate c : candidates) {
			if (c.priority() > Candidate.HEAD_WORD) {
				strong.add(c);
			}
		}
		strong.sort(Comparator.comparingInt(Candidate::start));
		for (Candidate c : candidates) {
			if (c.priority() > Candidate.HEAD_WORD || !crossesAny(c, strong)) {
				sorted.add(c);
			}
		}
		sorted.sort(PREFERENCE);
		for (Candidate candidate : sorted) {
			offer(candidate);
		}
		return this;
	}

	/** Keeps the proposal if nothing kept overlaps it. */
	boolean offer(Candidate candidate) {
		if (isFree(candidate.start(), candidate.end())) {
			occupied.set(candidate.start(), candidate.end());
			kept.add(candidate);
			return true;
		}
		return false;
	}

	private static boolean crossesAny(Candidate phrase, List<Candidate> strong) {
		for (Candidate c : strong) {
			if (c.start() >= phrase.end()) {
				break;
			}
			boolean crosses = c.end() > phrase.start()
					&& (c.start() < phrase.start() && c.end() < phrase.end() || c.start() > phrase.start() && c.end() > phrase.end());
			if (crosses) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Gives kept persons the roles other rules found for the same names ({@code Colonel Tran Van Huu, head of the
	 * unit,}: the title rule keeps the name, the apposition knows the role), where the kept ones have none.
	 */
	void completeRoles(List<Candidate> proposals) {
		Map<Long, Integer> withoutRole = new HashMap<>();
		for (int i = 0; i < kept.size(); i++) {
			Candidate c = kept.get(i);
			if (c.type() == EntityType.PERSON && c.role() == null) {
				withoutRole.put(span(c), i);
			}
		}
		if (withoutRole.isEmpty()) {
			return;
		}
		for (Candidate p : proposals) {
			Integer i = p.type() == EntityType.PERSON && p.role() != null
					? withoutRole.remove(span(p)) : null;
			if (i != null) {
				Candidate c = kept.get(i);
				kept.set(i, new Candidate(c.start(), c.end(), c.type(), c.key(), c.canonical(), c.kb(), c.priority(),
						c.rank(), p.role(), c.shortReference()));
			}
		}
	}

	private static long span(Candidate c) {
		return (long) c.start() << 32 | c.end();
	}

	/** Puts the candidate in the place of a kept one of the same span (a reading the later stages know better). */
	void replace(Candidate kept, Candidate by) {
		int i = this.kept.indexOf(kept);
		if (i >= 0 && kept.start() == by.start() && kept.end() == by.end()) {
			this.kept.set(i, by);
		}
	}

	/** Puts the candidate in the place of a kept one it extends, where nothing else is kept in the extension. */
	void extend(Candidate kept, Candidate by) {
		int i = this.kept.indexOf(kept);
		if (i >= 0 && by.start() <= kept.start() && by.end() >= kept.end() && isFree(by.start(), kept.start())
				&& isFree(kept.end(), by.end())) {
			occupied.set(by.start(), by.end());
			this.kept.set(i, by);
		}
	}

	boolean isFree(int start, int end) {
		int next = occupied.nextSetBit(start);
		return next < 0 || next >= end;
	}

	/** The kept proposals in text order. */
	List<Candidate> kept() {
		List<Candidate> result = new ArrayList<>(kept);
		result.sort(Comparator.comparingInt(Candidate::start));
		return result;
	}

}
