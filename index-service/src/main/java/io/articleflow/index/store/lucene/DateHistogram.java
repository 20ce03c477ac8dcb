package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

import io.articleflow.index.store.DateBucket;

/** Counts matching articles per publication month, from the doc values of the publication day. */
final class DateHistogram {

	/** The most months a histogram lists (the newest ones): 50 years. */
	static final int MAX_BUCKETS = 600;

	private DateHistogram() {
	}

	static List<DateBucket> count(FacetsCollector matches) throws IOException {
		Map<Long, Long> byEpochMonth = new TreeMap<>();
		for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
			if (docs.bits() == null) {
				continue;
			}
			SortedNumericDocValues days = DocValues.getSortedNumeric(docs.context().reader(),
					ArticleFields.PUBLISHED_DAY);
			DocIdSetIterator it = docs.bits().iterator();
			if (it == null) {
				continue;
			}
			for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
				if (days.advanceExact(doc)) {
					LocalDate day = LocalDate.ofEpochDay(days.nextValue());
					byEpochMonth.merge(day.getYear() * 12L + day.getMonthValue() - 1, 1L, Long::sum);
				}
			}
		}
		List<DateBucket> buckets = new ArrayList<>(byEpochMonth.size());
		byEpochMonth.forEach((month, count) -> buckets
			.add(new DateBucket(YearMonth.of((int) Math.floorDiv(month, 12), (int) Math.floorMod(month, 12) + 1).toString(),
					count)));
		return (buckets.size() > MAX_BUCKETS) ? List.copyOf(buckets.subList(buckets.size() - MAX_BUCKETS, buckets.size()))
				: buckets;
	}

}
