package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.text.ArticleText;

/**
 * A province or district is named with its unit, as reference works name it ({@code Kon Tum province},
 * {@code Ngoc Hoi District}): the unit written right after a place joins its mention, and the entity is named with
 * it ({@code Kon Tum Province}), while the place written alone stays a mention of the same entity; so is a place
 * written after its unit ({@code the province of Kon Tum}).
 */
final class AdministrativeUnits {

	/** Units that reference works keep in the name of the place (folded). */
	private static final Set<String> UNITS = Set.of("province", "district", "commune", "prefecture", "county", "regency",
			"municipality");

	private AdministrativeUnits() {
	}

	/** The kept places followed by a unit, extended over it. */
	static List<Candidate> extend(ArticleText article, List<Candidate> kept) {
		List<Candidate> result = new ArrayList<>(kept.size());
		int n = article.size();
		java.util.BitSet placeEnds = new java.util.BitSet();
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

}
