package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityIds;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.event.Mention;
import io.articleflow.extract.kb.KbEntry;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.CharFolding;

/**
 * Groups settled mentions into entities: resolves short references to persons ({@code General Chien} is the
 * article's Hoang Xuan Chien), picks each entity's canonical name, id, rank, role and acronym.
 */
final class EntityAssembler {

	List<Entity> assemble(ArticleText article, List<Candidate> mentions) {
		List<Candidate> sorted = new ArrayList<>(mentions);
		sorted.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
		List<Candidate> resolved = resolveShortReferences(article, sorted);
		Map<String, List<Candidate>> groups = new LinkedHashMap<>();
		for (Candidate c : resolved) {
			groups.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
		}
		List<Entity> entities = new ArrayList<>(groups.size());
		String text = article.text();
		for (List<Candidate> group : groups.values()) {
			entities.add(entity(text, group));
		}
		return entities;
	}

	/** A short reference takes the key of the full name whose last word it is, preferring the nearest before it. */
	private static List<Candidate> resolveShortReferences(ArticleText article, List<Candidate> sorted) {
		Map<String, Candidate> fullNamesByLastWord = new HashMap<>();
		for (Candidate c : sorted) {
			if (c.type() == EntityType.PERSON && !c.shortReference()) {
				String[] words = PersonNames.nameWords(c.canonical());
				if (words.length >= 2) {
					fullNamesByLastWord.putIfAbsent(CharFolding.fold(words[words.length - 1]), c);
				}
			}
		}
		List<Candidate> resolved = new ArrayList<>(sorted.size());
		Map<String, Candidate> lastSeen = new HashMap<>();
		for (Candidate c : sorted) {
			if (c.type() == EntityType.PERSON && !c.shortReference()) {
				String[] words = PersonNames.nameWords(c.canonical());
				lastSeen.put(CharFolding.fold(words[words.length - 1]), c);
			}
			if (!c.shortReference()) {
				resolved.add(c);
				continue;
			}
			String word = CharFolding.fold(c.canonical());
			Candidate full = lastSeen.getOrDefault(word, fullNamesByLastWord.get(word));
			if (full != null) {
				resolved.add(new Candidate(c.start(), c.end(), EntityType.PERSON, full.key(), full.canonical(), full.kb(),
						c.priority(), c.rank(), c.role(), false));
			}
			else if (c.canonical().length() >= 3 && !article.occursInLowerCase(word)
					&& !article.inTitleCaseHeadline(c.start())) {
				resolved.add(new Candidate(c.start(), c.end(), EntityType.PERSON, PersonNames.personKey(c.canonical()),
						c.canonical(), null, c.priority(), c.rank(), c.role(), false));
			}
		}
		return resolved;
	}

	private static Entity entity(String text, List<Candidate> group) {
		Candidate first = group.get(0);
		EntityType type = first.type();
		KbEntry kb = null;
		String canonical = first.canonical();
		String rank = null;
		String role = null;
		for (Candidate c : group) {
			if (kb == null && c.kb() != null) {
				kb = c.kb();
			}
			if (type == EntityType.PERSON && c.canonical().length() > canonical.length()) {
				canonical = c.canonical();
			}
			if (rank == null) {
				rank = c.rank();
			}
			if (role == null) {
				role = c.role();
			}
		}
		if (kb != null) {
			canonical = kb.canonicalName();
		}
		if (type == EntityType.LOCATION && !PlaceFormedNames.isUnitForm(canonical)) {
			for (Candidate c : group) {
				if (PlaceFormedNames.isUnitForm(c.canonical())) {
					canonical = c.canonical(); // "Kon Tum Province", as reference works name it
					break;
				}
			}
		}
		List<Mention> mentions = new ArrayList<>(group.size());
		int lastStart = -1;
		int lastEnd = -1;
		for (Candidate c : group) {
			if (c.start() == lastStart && c.end() == lastEnd) {
				continue;
			}
			mentions.add(new Mention(text.substring(c.start(), c.end()), c.start(), c.end()));
			lastStart = c.start();
			lastEnd = c.end();
		}
		String id = kb != null ? kb.id() : idOf(type, canonical);
		String acronym = kb != null && kb.acronym() != null ? kb.acronym() : acronymOf(mentions, canonical);
		String wikidataId = kb != null ? kb.wikidataId() : null;
		if (type != EntityType.PERSON) {
			rank = null;
			role = null;
		}
		return new Entity(id, type, canonical, rank, role, acronym, wikidataId, mentions);
	}

	/** Ids of names seen before: the derivation normalises Unicode and runs regexes, and names recur across articles. */
	private static final java.util.concurrent.ConcurrentMap<String, String> IDS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int MAX_CACHED_IDS = 100_000;

	private static String idOf(EntityType type, String canonical) {
		String key = type.ordinal() + canonical;
		String id = IDS.get(key);
		if (id == null) {
			id = EntityIds.of(type, canonical);
			if (IDS.size() >= MAX_CACHED_IDS) {
				IDS.clear();
			}
			IDS.put(key, id);
		}
		return id;
	}

	/** A mention written in capitals and shorter than the name, as defined in brackets. */
	private static String acronymOf(List<Mention> mentions, String canonical) {
		for (Mention m : mentions) {
			String s = m.text();
			if (s.length() >= 2 && s.length() < canonical.length() && s.equals(s.toUpperCase(java.util.Locale.ROOT))
					&& s.chars().filter(Character::isLetter).count() >= 2 && !s.contains(" ")) {
				return s;
			}
		}
		return null;
	}

}
