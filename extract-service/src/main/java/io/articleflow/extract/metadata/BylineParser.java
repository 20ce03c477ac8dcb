package io.articleflow.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.articleflow.common.event.Byline;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.event.Mention;

/**
 * The author line of an article, in the header or at the end: a rank and a name ({@code Senior Lieutenant General
 * Nguyen Chi Vinh}, {@code Assoc. Prof. Dr. HOANG XUAN CHIEN}), then positions on the same or the next lines
 * ({@code General, Member of Party Central Committee}, {@code Deputy Minister of National Defence}). A line of rank and
 * positions without a name is a byline too; its text stands for the name.
 */
final class BylineParser {

	private static final Pattern RANK = Pattern.compile("^((?:(?:Senior|Lieutenant|Major|Brigadier|Rear|Vice|Air|Chief"
			+ "|General|Colonel|Captain|Admiral|Commodore|Marshal|Sergeant|Associate|Assoc\\.|Prof\\.|Professor|Dr\\.|Dr"
			+ "|Gen\\.|Lt\\.|Col\\.|Maj\\.|Capt\\.|Adm\\.|Brig\\.|PhD|MA|MSc)(?![\\p{L}])[ ,]*)+)");

	/** Words that make a line a list of positions. */
	private static final Set<String> POSITIONS = Set.of("member", "minister", "deputy", "director", "head", "chief",
			"commander", "secretary", "president", "chairman", "chairwoman", "vice", "editor", "ambassador", "lecturer",
			"researcher", "professor", "commissar", "officer", "chair", "spokesman", "spokesperson", "rector", "dean",
			"leader", "chief-of-staff", "general");

	Byline parse(ArticleLines lines, List<Entity> entities) {
		Byline header = parse(lines.header(), lines.all(), entities);
		return header != null ? header : parse(lines.trailer(4), lines.all(), entities);
	}

	private Byline parse(List<ArticleLines.Line> zone, List<ArticleLines.Line> all, List<Entity> entities) {
		for (ArticleLines.Line line : zone) {
			String text = line.text();
			if (text.length() > 200 || text.endsWith(".") && !text.endsWith("Dr.")) {
				continue;
			}
			Mention person = null;
			Entity personEntity = null;
			for (Entity entity : entities) {
				if (entity.type() != EntityType.PERSON) {
					continue;
				}
				for (Mention m : entity.mentions()) {
					if (m.start() >= line.start() && m.end() <= line.end()) {
						person = m;
						personEntity = entity;
						break;
					}
				}
				if (person != null) {
					break;
				}
			}
			if (person != null) {
				String before = text.substring(0, person.start() - line.start()).strip();
				String after = text.substring(person.end() - line.start()).strip();
				Matcher rank = RANK.matcher(before);
				boolean onlyRankBefore = before.isEmpty() || (rank.find() && rank.end() == before.length());
				if (!onlyRankBefore || !(after.isEmpty() || after.startsWith(","))) {
					continue;
				}
				List<String> ranks = new ArrayList<>();
				if (!before.isEmpty()) {
					ranks.add(trimRank(before));
				}
				List<String> roles = new ArrayList<>();
				if (after.startsWith(",")) {
					roles.add(after.substring(1).strip());
				}
				collectFollowing(all, line.index(), ranks, roles);
				return new Byline(personEntity.canonicalName(), join(ranks), join(roles));
			}
			Matcher rank = RANK.matcher(text);
			if (rank.find() && rank.end() < text.length() && text.substring(0, rank.end()).contains(",")) {
				String positions = text.substring(rank.end()).strip();
				if (isPositions(positions)) {
					return new Byline(text, trimRank(text.substring(0, rank.end())), positions);
				}
			}
		}
		return null;
	}

	/** Rank and position lines right after the name line. */
	private void collectFollowing(List<ArticleLines.Line> all, int index, List<String> ranks, List<String> roles) {
		for (int i = index + 1; i < all.size() && i <= index + 2; i++) {
			String text = all.get(i).text();
			if (text.length() > 200 || text.endsWith(".")) {
				return;
			}
			Matcher rank = RANK.matcher(text);
			String rest = text;
			if (rank.find() && rank.end() > 0 && (rank.end() == text.length() || text.substring(0, rank.end()).contains(","))) {
				ranks.add(trimRank(text.substring(0, rank.end())));
				rest = text.substring(rank.end()).strip();
			}
			if (rest.isEmpty()) {
				continue;
			}
			if (!isPositions(rest)) {
				return;
			}
			roles.add(rest);
		}
	}

	private static boolean isPositions(String text) {
		for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\-]+")) {
			if (POSITIONS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static String trimRank(String rank) {
		return rank.strip().replaceAll("[ ,]+$", "");
	}

	private static String join(List<String> parts) {
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

}
