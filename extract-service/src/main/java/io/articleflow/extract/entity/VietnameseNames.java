package io.articleflow.extract.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Vietnamese personal names look like: a family name from the short list nearly every Vietnamese carries, then one
 * to three syllables, each a well-formed Vietnamese syllable, written with or without diacritics
 * ({@code Phan Van Giang}, {@code Hoàng Xuân Chiến}, {@code HOANG XUAN CHIEN}).
 */
final class VietnameseNames {

	/** Family names (folded); together they cover the vast majority of Vietnamese. */
	static final Set<String> FAMILY_NAMES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo",
			"dang", "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "dao", "doan", "lam", "luong", "mai",
			"trinh", "cao", "ha", "ta", "tong", "to", "chu", "quach", "luu", "kieu", "thai", "lai", "nong", "lu", "van",
			"trieu", "phung", "tang", "la", "khuat", "thach", "diep", "vuong", "giang", "tieu", "lo", "lang", "ma", "mac",
			"nghiem", "ong", "quan", "thieu", "ton", "uong", "au", "banh", "bach", "cu", "khong", "khuc", "kim", "lieu",
			"than", "can");

	/** Syllables that are English words too common to be trusted inside a name. */
	private static final Set<String> ENGLISH = Set.of("the", "to", "a", "an", "in", "on", "at", "he", "she", "so", "no",
			"go", "me", "we", "be", "do", "my", "by", "it", "is", "as", "or", "if", "up", "us", "can", "then",
			"than", "them", "they", "men", "ten", "tin", "hat", "cat", "map", "nap", "top", "tip", "thin", "sea", "sun",
			"ban", "bin", "con", "pro", "den", "hen", "pen", "pin", "via", "yet", "mine", "page", "note",
			"tea", "ma", "pa");

	/** Onset, nucleus and coda of a Vietnamese syllable without tone marks. */
	private static final Pattern SYLLABLE = Pattern.compile("(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
			+ "(?:uye|uya|uyu|uoi|uou|oai|oay|oeo|ieu|yeu|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uy|ye"
			+ "|uu|a|e|i|o|u|y)(?:ch|ng|nh|c|m|n|p|t)?");

	private VietnameseNames() {
	}

	static boolean isFamilyName(String folded) {
		return FAMILY_NAMES.contains(folded);
	}

	/** Whether the folded word is a well-formed Vietnamese syllable (tones and vowel marks folded away). */
	static boolean isSyllable(String folded) {
		return folded.length() <= 7 && SYLLABLE.matcher(folded).matches();
	}

	/** A syllable that may follow the family name: well formed and not a common English word. */
	static boolean isGivenSyllable(String folded) {
		return isSyllable(folded) && !ENGLISH.contains(folded);
	}

}
