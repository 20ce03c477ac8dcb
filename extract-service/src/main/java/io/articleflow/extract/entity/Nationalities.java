package io.articleflow.extract.entity;

import java.util.Map;

/**
 * Nationality adjectives of the region and of the powers its news mentions most, with the country each names. They
 * are no entities themselves, but they qualify generic names ({@code the Thai Defence Ministry}) and they are no place
 * names before a lower-case unit ({@code a Chinese province}).
 */
final class Nationalities {

	private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("Indonesian", "Indonesia"),
			Map.entry("Thai", "Thailand"), Map.entry("Cambodian", "Cambodia"), Map.entry("Lao", "Laos"),
			Map.entry("Laotian", "Laos"), Map.entry("Malaysian", "Malaysia"), Map.entry("Singaporean", "Singapore"),
			Map.entry("Philippine", "Philippines"), Map.entry("Filipino", "Philippines"), Map.entry("Myanmar", "Myanmar"),
			Map.entry("Burmese", "Myanmar"), Map.entry("Bruneian", "Brunei"), Map.entry("Timorese", "Timor-Leste"),
			Map.entry("Chinese", "China"), Map.entry("Japanese", "Japan"), Map.entry("Korean", "South Korea"),
			Map.entry("Indian", "India"), Map.entry("Australian", "Australia"), Map.entry("Russian", "Russia"),
			Map.entry("American", "United States"), Map.entry("US", "United States"), Map.entry("U.S.", "United States"),
			Map.entry("British", "United Kingdom"), Map.entry("French", "France"), Map.entry("German", "Germany"),
			Map.entry("Canadian", "Canada"), Map.entry("Vietnamese", "Vietnam"));

	private Nationalities() {
	}

	/** The country the adjective (as written, {@code Thai}) names, or null when it is none. */
	static String countryOf(String adjective) {
		return COUNTRIES.get(adjective);
	}

}
