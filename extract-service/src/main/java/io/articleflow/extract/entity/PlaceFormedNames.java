package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.KbEntry;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.CharFolding;

/**
 * Names that news forms from a place and a lower-case word, one annotator for the three forms because each reads a
 * known or kept place and the word beside it:
 * <ul>
 * <li>wars named by their place ({@code the war in Ukraine}, {@code the Gaza war}), proposed before selection: the
 * mention is written as the text writes it and names the war (the place inside it stays a mention of the place only
 * where it is written apart);</li>
 * <li>a province or district named with its unit, as reference works name it ({@code Kon Tum province},
 * {@code Ngoc Hoi District}): the unit written right after a kept place joins its mention, and the entity is named
 * with it ({@code Kon Tum Province}), while the place written alone stays a mention of the same entity; so is a place
 * written after its unit ({@code the province of Kon Tum});</li>
 * <li>bases and ports named after their place, in lower case ({@code Sattahip naval base}, {@code Cam Ranh
 * international airport}): the facility is a location of its own, named in title case; the place's mention becomes
 * the facility's.</li>
 * </ul>
 */
final class PlaceFormedNames {

	/** Units that reference works keep in the name of the place (folded). */
	private static final Set<String> UNITS = Set.of("province", "district", "commune", "prefecture", "county", "regency",
			"municipality");

	/** Facility words after a place (folded), one or two words. */
	private static final Set<String> FACILITIES = Set.of("naval base", "air base", "airbase", "international airport",
			"airport", "naval port", "seaport", "naval station", "military base", "army base");

	private static final int LONGEST_PLACE = 3;

	private final KnowledgeBase knowledgeBase;

	PlaceFormedNames(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	/** The kept mentions with places extended over the unit or facility written with them. */
	static List<Candidate> extend(ArticleText article, List<Candidate> kept) {
		return extendOverFacilities(article, extendOverUnits(article, kept));
	}

	/** The kept places followed by a unit, extended over it. */
	private static List<Candidate> extendOverUnits(ArticleText article, List<Candidate> kept) {
		List<Candidate> result = new ArrayList<>(kept.size());
		int n = article.size();
		BitSet placeEnds = new BitSet();
		for (Candidate c : kept) {
			if (c.type() == EntityType.LOCATION) {
				placeEnds.set(article.tokenEndingAtOrBefore(c.end()));
			}
		}
		for (Candidate c : kept) {
			if (c.type() != EntityType.LOCATION || isUnitForm(c.canonical())) {
				result.add(c);
				continue;
			}
			int first = article.tokenAtOrAfter(c.start());
			int last = article.tokenEndingAtOrBefore(c.end());
			int unit = last + 1;
			boolean after = unit < n && article.sameLineGap(last, unit) && UNITS.contains(article.foldedToken(unit))
					&& !(unit + 1 < n && "of".equals(article.foldedToken(unit + 1))); // "the province of ..." is another's
			// "the province of Kon Tum", but not "Yunnan province of China": there the unit is Yunnan's
			boolean before = first >= 2 && "of".equals(article.foldedToken(first - 1))
					&& UNITS.contains(article.foldedToken(first - 2)) && !article.isCapitalized(first - 2)
					&& !(first >= 3 && placeEnds.get(first - 3));
			if (!after && !before) {
				result.add(c);
				continue;
			}
			String word = article.token(after ? unit : first - 2);
			String canonical = c.canonical() + " " + word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
			// "Kon Tum province" is one mention; in "the province of Kon Tum" the mention stays the place's name
			int end = after ? article.end(unit) : c.end();
			result.add(new Candidate(c.start(), end, c.type(), c.key(), canonical, c.kb(), c.priority(), c.rank(),
					c.role(), c.shortReference()));
		}
		return result;
	}

	/** Whether the place's name ends with its unit ({@code Khanh Hoa Province}). */
	static boolean isUnitForm(String name) {
		int space = name.lastIndexOf(' ');
		return space > 0 && UNITS.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
	}

	/** The kept places followed by a facility word, as the facility. */
	private static List<Candidate> extendOverFacilities(ArticleText article, List<Candidate> kept) {
		List<Candidate> result = new ArrayList<>(kept.size());
		int n = article.size();
		for (Candidate c : kept) {
			int last = c.type() == EntityType.LOCATION ? article.tokenEndingAtOrBefore(c.end()) : -1;
			int end = last < 0 ? -1 : facilityEnd(article, last + 1, n);
			if (end < 0 || !article.sameLineGap(last, end - 1)) {
				result.add(c);
				continue;
			}
			StringBuilder name = new StringBuilder(article.text().substring(c.start(), c.end()));
			for (int k = last + 1; k < end; k++) {
				String word = article.token(k);
				name.append(' ').append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
			String canonical = name.toString();
			result.add(Candidate.of(c.start(), article.end(end - 1), EntityType.LOCATION,
					"location:" + CharFolding.fold(canonical).toLowerCase(Locale.ROOT), canonical, null, c.priority()));
		}
		return result;
	}

	/** The end (exclusive) of a lower-case facility word starting at the token, or -1. */
	private static int facilityEnd(ArticleText article, int t, int n) {
		if (t >= n || article.kind(t) != ArticleText.WORD || article.isCapitalized(t)) {
			return -1;
		}
		if (t + 1 < n && article.kind(t + 1) == ArticleText.WORD && !article.isCapitalized(t + 1)
				&& FACILITIES.contains(article.foldedToken(t) + " " + article.foldedToken(t + 1))) {
			return t + 2;
		}
		return FACILITIES.contains(article.foldedToken(t)) ? t + 1 : -1;
	}

	/** Wars named by their place: {@code the war in Ukraine}, {@code the Gaza war}, one entity however worded. */
	void proposeWars(ArticleText article, List<Candidate> into) {
		int n = article.size();
		for (int t = 0; t < n; t++) {
			if (article.end(t) - article.start(t) != 3 || article.folded().charAt(article.start(t)) != 'w'
					|| article.kind(t) != ArticleText.WORD || article.isCapitalized(t)
					|| !"war".equals(article.foldedToken(t))) {
				continue; // the length and initial rule out nearly every token cheaply
			}
			if (t + 2 < n && "in".equals(article.foldedToken(t + 1)) && article.sameLineGap(t, t + 2)) {
				int end = placeEnd(article, t + 2);
				if (end > 0) {
					addWar(article, t, end - 1, place(article, t + 2, end - 1), into); // "war in Ukraine"
					continue;
				}
			}
			int start = placeStart(article, t);
			if (start >= 0) {
				addWar(article, start, t, place(article, start, t - 1), into); // "the Gaza war"
			}
		}
	}

	/** The end (exclusive) of a known place starting at the token, or -1. */
	private int placeEnd(ArticleText article, int t) {
		for (int end = Math.min(article.size(), t + LONGEST_PLACE); end > t; end--) {
			if (isPlace(article, t, end - 1)) {
				return end;
			}
		}
		return -1;
	}

	/** The start of a known place ending right before the token, or -1. */
	private int placeStart(ArticleText article, int t) {
		for (int start = Math.max(0, t - LONGEST_PLACE); start < t; start++) {
			if (isPlace(article, start, t - 1) && article.sameLineGap(start, t)) {
				return start;
			}
		}
		return -1;
	}

	private boolean isPlace(ArticleText article, int first, int last) {
		return article.isCapitalized(first) && article.sameLineGap(first, last) && place(article, first, last) != null;
	}

	private KbEntry place(ArticleText article, int first, int last) {
		return knowledgeBase.byName(article.text().substring(article.start(first), article.end(last)))
			.filter(e -> e.type() == EntityType.LOCATION)
			.orElse(null);
	}

	/** The war, one entity however the article words it ({@code war in Ukraine}, {@code Ukraine war}). */
	private static void addWar(ArticleText article, int first, int last, KbEntry place, List<Candidate> into) {
		String name = article.text().substring(article.start(first), article.end(last));
		into.add(Candidate.of(article.start(first), article.end(last), EntityType.EVENT,
				"event:war:" + place.id().toLowerCase(Locale.ROOT), name, null, Candidate.HEAD_WORD + 1));
	}

}
