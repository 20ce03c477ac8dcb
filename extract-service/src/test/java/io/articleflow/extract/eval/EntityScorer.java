package io.articleflow.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A faithful port of {@code shared/eval/score.py}: entity-level matching (a predicted name matches a gold entity of the
 * same type when it equals the gold canonical name or one of its mentions after normalisation; each gold entity matches
 * at most once; further predicted names that are aliases of an already matched gold entity are not false positives)
 * and mention-level matching of distinct (type, surface) pairs, micro-averaged over documents.
 */
final class EntityScorer {

	static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "EVENT", "LAW", "DATE");

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	/** One entity as the evaluation files give it. */
	record Ent(String type, String name, List<String> mentions) {
	}

	/** True positives, false positives, false negatives. */
	static final class Counts {

		int tp;

		int fp;

		int fn;

		void add(Counts other) {
			tp += other.tp;
			fp += other.fp;
			fn += other.fn;
		}

		double precision() {
			return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
		}

		double recall() {
			return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

	}

	/** Scores of a whole collection. */
	record Report(Map<String, Counts> entities, Map<String, Counts> mentions, List<String> errors) {

		Counts entityTotal() {
			return total(entities);
		}

		Counts mentionTotal() {
			return total(mentions);
		}

		private static Counts total(Map<String, Counts> byType) {
			Counts all = new Counts();
			byType.values().forEach(all::add);
			return all;
		}

		/** The table score.py prints. */
		String table() {
			StringBuilder out = new StringBuilder();
			out.append(String.format(Locale.ROOT, "%-14s%10s%7s%7s   %10s%7s%7s   gold%n", "type", "entity P", "R", "F1",
					"mention P", "R", "F1"));
			Set<String> types = new LinkedHashSet<>(TYPES);
			types.addAll(new TreeSet<>(entities.keySet()));
			for (String t : types) {
				Counts e = entities.getOrDefault(t, new Counts());
				Counts m = mentions.getOrDefault(t, new Counts());
				out.append(row(t, e, m, e.tp + e.fn));
			}
			Counts e = entityTotal();
			Counts m = mentionTotal();
			out.append(row("ALL", e, m, e.tp + e.fn));
			out.append(String.format(Locale.ROOT, "entity-F1 %.3f mention-F1 %.3f%n", e.f1(), m.f1()));
			return out.toString();
		}

		private static String row(String label, Counts e, Counts m, int gold) {
			return String.format(Locale.ROOT, "%-14s%10.3f%7.3f%7.3f   %10.3f%7.3f%7.3f   %d%n", label, e.precision(),
					e.recall(), e.f1(), m.precision(), m.recall(), m.f1(), gold);
		}

	}

	static String norm(String s) {
		String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
			.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u201c', '"')
			.replace('\u201d', '"');
		n = WHITE_SPACE.matcher(n).replaceAll(" ").strip();
		// Python's casefold: upper then lower folds ß and the like as well as case
		return n.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}

	static Map<String, List<Ent>> load(Path path) throws IOException {
		return parse(Files.readAllLines(path, StandardCharsets.UTF_8));
	}

	static Map<String, List<Ent>> parse(List<String> lines) {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, List<Ent>> docs = new LinkedHashMap<>();
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode doc = json.readTree(line);
			List<Ent> ents = new ArrayList<>();
			for (JsonNode e : doc.path("entities")) {
				String type = e.path("type").asString("").toUpperCase(Locale.ROOT);
				String name = firstNonEmpty(e, "canonical", "name", "text");
				List<String> mentions = new ArrayList<>();
				for (JsonNode m : e.path("mentions")) {
					mentions.add(m.asString());
				}
				String text = e.path("text").asString("");
				if (!text.isEmpty() && !mentions.contains(text)) {
					mentions.add(text);
				}
				ents.add(new Ent(type, name, mentions));
			}
			docs.put(doc.path("doc").asString(), ents);
		}
		return docs;
	}

	private static String firstNonEmpty(JsonNode e, String... fields) {
		for (String field : fields) {
			String value = e.path(field).asString("");
			if (!value.isEmpty()) {
				return value;
			}
		}
		return "";
	}

	static Report score(Map<String, List<Ent>> gold, Map<String, List<Ent>> pred) {
		Map<String, Counts> entities = new TreeMap<>();
		Map<String, Counts> mentions = new TreeMap<>();
		List<String> errors = new ArrayList<>();
		for (String doc : new TreeSet<>(gold.keySet())) {
			scoreDoc(doc, gold.get(doc), pred.getOrDefault(doc, List.of()), entities, mentions, errors);
		}
		return new Report(entities, mentions, errors);
	}

	private static void scoreDoc(String doc, List<Ent> gold, List<Ent> pred, Map<String, Counts> entities,
			Map<String, Counts> mentions, List<String> errors) {
		Map<String, Set<String>> predNames = new LinkedHashMap<>();
		for (Ent p : pred) {
			if (!p.name().isEmpty()) {
				predNames.computeIfAbsent(p.type(), k -> new HashSet<>()).add(norm(p.name()));
			}
		}
		Set<String> types = new LinkedHashSet<>(TYPES);
		types.addAll(predNames.keySet());
		for (String t : types) {
			Counts c = entities.computeIfAbsent(t, k -> new Counts());
			TreeSet<String> remaining = new TreeSet<>(predNames.getOrDefault(t, Set.of()));
			for (Ent g : gold) {
				if (!g.type().equals(t)) {
					continue;
				}
				Set<String> keys = new HashSet<>();
				keys.add(norm(g.name()));
				g.mentions().forEach(m -> keys.add(norm(m)));
				String hit = null;
				for (String p : remaining) {
					if (keys.contains(p)) {
						hit = p;
						break;
					}
				}
				if (hit == null) {
					c.fn++;
					errors.add(doc + " missed   " + t + " " + g.name());
				}
				else {
					c.tp++;
					remaining.remove(hit);
					remaining.removeAll(keys);
				}
			}
			for (String p : remaining) {
				c.fp++;
				errors.add(doc + " spurious " + t + " " + p);
			}
		}
		Set<List<String>> gm = new HashSet<>();
		for (Ent g : gold) {
			for (String m : g.mentions().isEmpty() ? List.of(g.name()) : g.mentions()) {
				gm.add(List.of(g.type(), norm(m)));
			}
		}
		Set<List<String>> pm = new HashSet<>();
		for (Ent p : pred) {
			for (String m : p.mentions().isEmpty() ? List.of(p.name()) : p.mentions()) {
				if (!m.isEmpty()) {
					pm.add(List.of(p.type(), norm(m)));
				}
			}
		}
		for (List<String> m : gm) {
			Counts c = mentions.computeIfAbsent(m.get(0), k -> new Counts());
			if (pm.contains(m)) {
				c.tp++;
			}
			else {
				c.fn++;
			}
		}
		for (List<String> m : pm) {
			if (!gm.contains(m)) {
				mentions.computeIfAbsent(m.get(0), k -> new Counts()).fp++;
			}
		}
	}

}
