package io.articleflow.extract.entity;

import java.util.Map;
import java.util.Set;

import io.articleflow.common.event.EntityType;

/**
 * Word lists of the genre that the rules share. Keys are folded (lower case, no diacritics).
 */
final class Lexicon {

	private Lexicon() {
	}

	/** The last word of a name that says what the name is: {@code ... Ministry}, {@code ... Forum}, {@code ... Sea}. */
	static final Map<String, EntityType> TAIL_HEADS = words(
			EntityType.ORGANIZATION, "ministry department commission committee council agency organization organisation "
					+ "institute academy university college centre center bureau command corps party front union "
					+ "association federation league alliance assembly parliament senate army navy forces force guard "
					+ "guards police newspaper review magazine journal television radio board secretariat group corporation "
					+ "fund bank authority administration directorate headquarters community court tribunal fleet division "
					+ "brigade regiment battalion office procuracy airlines hospital school society confederation "
					+ "commissariat company staff securities shipyard holdings service embassy consulate",
			EntityType.LOCATION, "province city district sea ocean gulf bay strait straits island islands archipelago "
					+ "peninsula river delta mountain mountains highlands lake plateau reef shoal republic port harbor "
					+ "harbour base airport airbase",
			EntityType.EVENT, "meeting forum dialogue conference summit games festival exercise expo exhibition symposium "
					+ "olympics championship championships war campaign offensive uprising revolution battle talks fair "
					+ "airshow workshop seminar victory exchange retreat consultation consultations patrol",
			EntityType.LAW, "law strategy charter treaty accords accord constitution ordinance decree directive convention "
					+ "declaration agreement memorandum protocol pact policy");

	/** Heads that open a name and take a complement: {@code Ministry of ...}, {@code Conference on ...}. */
	static final Map<String, EntityType> HEAD_FIRST = words(
			EntityType.ORGANIZATION, "ministry department commission committee council institute academy university bank "
					+ "office union association organization organisation federation league board agency centre center "
					+ "college school bureau directorate secretariat court party army forces front navy police confederation "
					+ "commissariat society house parliament hospital embassy command",
			EntityType.LOCATION, "republic kingdom gulf sea strait straits bay island islands province city",
			EntityType.EVENT, "battle conference congress summit forum dialogue meeting festival symposium seminar workshop",
			EntityType.LAW, "law treaty charter convention declaration code strategy decree ordinance constitution agreement "
					+ "memorandum protocol statement plan");

	/** Words that commonly qualify a head without naming anything: a two-word phrase of them is generic. */
	static final Set<String> GENERIC = Set.of("national", "central", "military", "defence", "defense", "people's", "people",
			"political", "general", "state", "party", "army", "foreign", "international", "regional", "global", "public",
			"security", "economic", "social", "joint", "special", "strategic", "supreme", "high", "senior", "deputy",
			"vice", "chief", "new", "first", "second", "great", "grand", "united", "federal", "royal", "provincial",
			"municipal", "city", "district", "local", "steering", "standing", "permanent", "executive", "organizing",
			"organising", "peacekeeping", "border", "coast", "naval", "air", "maritime", "science", "technology",
			"information", "communications", "communication", "culture", "education", "health", "justice", "finance",
			"trade", "industry", "labour", "labor", "affairs", "relations", "cooperation", "integration", "development",
			"research", "training", "management", "planning", "investment", "government", "ministry", "department",
			"commission", "committee", "council", "agency", "office", "board", "forces", "force", "armed", "engineering",
			"medical", "field", "logistics", "technical", "legal", "news", "press", "media", "annual", "informal",
			"extraordinary", "ordinary", "plenary", "preparatory", "ministerial", "bilateral", "multilateral", "defense's",
			"world", "resistance", "liberation", "independence", "reunification", "socialist", "revolutionary",
			"fatherland", "homeland", "nation", "country", "region", "area", "zone", "free", "framework", "understanding",
			"peace", "partnership", "table-top", "tabletop", "ministers", "minister", "officials", "leaders",
			"experts", "command", "staff", "live-fire", "combined", "multinational");

	/** Words that open a sentence or a clause and are never part of a name. */
	static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "in", "on", "at", "for", "of", "and", "but",
			"or", "this", "that", "these", "those", "its", "their", "our", "his", "her", "with", "by", "from", "to", "as",
			"since", "under", "after", "before", "during", "through", "besides", "notably", "firstly", "secondly",
			"thirdly", "fourthly", "fifthly", "sixthly", "seventhly", "eighthly", "ninthly", "tenthly", "lastly",
			"finally", "moreover", "furthermore", "meanwhile", "however", "therefore", "thus", "also", "while", "when",
			"where", "if", "although", "though", "because", "so", "then", "there", "here", "it", "we", "they", "he",
			"she", "you", "i", "all", "both", "each", "every", "many", "most", "some", "such", "other", "another", "several",
			"various", "numerous", "few",
			"about", "over", "between", "among", "amid", "via", "within", "without", "towards", "toward", "upon",
			"into", "onto", "regarding", "according", "accordingly", "additionally", "currently", "recently", "today",
			"yesterday", "especially", "particularly", "previously", "earlier", "later", "source", "photo", "translated",
			"mr", "mrs", "ms", "dr", "no", "yes", "not", "only", "even", "just", "what", "which", "who", "whom", "whose",
			"how", "why", "let", "can", "will", "may", "must", "should", "would", "could", "has", "have", "had", "is",
			"are", "was", "were", "be", "been", "being", "do", "does", "did", "last", "next", "first", "second");

	/** Months and weekdays: not part of names ({@code the South China Sea on August 22}, {@code By Friday}). */
	static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
			"sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday");

	/** Connectors that may stand inside a name between capitalised words. */
	static final Set<String> CONNECTORS = Set.of("of", "for", "on", "the", "de", "du", "des", "and");

	private static Map<String, EntityType> words(Object... typeThenWords) {
		Map<String, EntityType> map = new java.util.HashMap<>();
		for (int i = 0; i < typeThenWords.length; i += 2) {
			for (String word : ((String) typeThenWords[i + 1]).split(" ")) {
				map.put(word, (EntityType) typeThenWords[i]);
			}
		}
		return Map.copyOf(map);
	}

	/*
	 * Nationality adjectives of the region and of the powers its news mentions most, with the country each names. They
	 * are no entities themselves, but they qualify generic names (the Thai Defence Ministry) and they are no place
	 * names before a lower-case unit (a Chinese province).
	 */

	private static final Map<String, String> COUNTRIES_OF_NATIONALITIES = Map.ofEntries(Map.entry("Indonesian", "Indonesia"),
			Map.entry("Thai", "Thailand"), Map.entry("Cambodian", "Cambodia"), Map.entry("Lao", "Laos"),
			Map.entry("Laotian", "Laos"), Map.entry("Malaysian", "Malaysia"), Map.entry("Singaporean", "Singapore"),
			Map.entry("Philippine", "Philippines"), Map.entry("Filipino", "Philippines"), Map.entry("Myanmar", "Myanmar"),
			Map.entry("Burmese", "Myanmar"), Map.entry("Bruneian", "Brunei"), Map.entry("Timorese", "Timor-Leste"),
			Map.entry("Chinese", "China"), Map.entry("Japanese", "Japan"), Map.entry("Korean", "South Korea"),
			Map.entry("Indian", "India"), Map.entry("Australian", "Australia"), Map.entry("Russian", "Russia"),
			Map.entry("American", "United States"), Map.entry("US", "United States"), Map.entry("U.S.", "United States"),
			Map.entry("British", "United Kingdom"), Map.entry("French", "France"), Map.entry("German", "Germany"),
			Map.entry("Canadian", "Canada"), Map.entry("Vietnamese", "Vietnam"));

	/** The country the adjective (as written, {@code Thai}) names, or null when it is none. */
	static String countryOfNationality(String adjective) {
		return COUNTRIES_OF_NATIONALITIES.get(adjective);
	}

}
