package io.articleflow.common.event;

/** The kinds of entity the extractor finds; the annotation guidelines define each. */
public enum EntityType {

	/** Named people. */
	PERSON,
	/** Armies, ministries, parties, international organisations, news agencies, publications. */
	ORGANIZATION,
	/** Countries, cities, regions, seas, continents. */
	LOCATION,
	/** Meetings, forums, dialogues, congresses, wars, named exercises and games. */
	EVENT,
	/** Resolutions, directives, strategies, laws and charters with a name or number. */
	LAW,
	/** Calendar dates, months and years; canonical name in ISO 8601. */
	DATE

}
