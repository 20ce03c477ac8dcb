package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

import io.articleflow.common.event.EntityType;
import io.articleflow.index.store.FacetValue;

/** Counts the entities of every type over all documents a search matched. */
final class EntityFacets {

	private final FacetsConfig config;

	/** The ordinal map of the last reader: building it scans every label, so it is rebuilt once per refresh. */
	private SortedSetDocValuesReaderState state;

	EntityFacets(FacetsConfig config) {
		this.config = config;
	}

	/** For every entity type (empty when none), its {@code limit} most frequent values among the matches. */
	Map<EntityType, List<FacetValue>> count(IndexReader reader, FacetsCollector matches, int limit)
			throws IOException {
		Map<EntityType, List<FacetValue>> facets = new EnumMap<>(EntityType.class);
		for (EntityType type : EntityType.values()) {
			facets.put(type, List.of());
		}
		SortedSetDocValuesReaderState current = state(reader);
		if (current == null || limit == 0) {
			return facets;
		}
		Facets counts = new SortedSetDocValuesFacetCounts(current, matches);
		Set<String> indexedDims = StreamSupport.stream(current.getDims().spliterator(), false)
			.collect(Collectors.toSet());
		for (EntityType type : EntityType.values()) {
			if (!indexedDims.contains(type.name())) {
				continue;
			}
			FacetResult result = counts.getTopChildren(limit, type.name());
			if (result != null) {
				List<FacetValue> values = new ArrayList<>(result.labelValues.length);
				for (LabelAndValue labelValue : result.labelValues) {
					values.add(EntityFacetLabels.value(labelValue.label, labelValue.value.longValue()));
				}
				facets.put(type, List.copyOf(values));
			}
		}
		return facets;
	}

	/** For every entity type, how many distinct entities all documents of the reader mention. */
	Map<EntityType, Integer> distinct(IndexReader reader) throws IOException {
		Map<EntityType, Integer> distinct = new EnumMap<>(EntityType.class);
		for (EntityType type : EntityType.values()) {
			distinct.put(type, 0);
		}
		SortedSetDocValuesReaderState current = state(reader);
		if (current == null) {
			return distinct;
		}
		Facets counts = new SortedSetDocValuesFacetCounts(current);
		for (String dim : current.getDims()) {
			FacetResult all = counts.getAllChildren(dim);
			if (all != null) {
				distinct.put(EntityType.valueOf(dim), all.childCount);
			}
		}
		return distinct;
	}

	/** The facet state of the reader, or {@code null} while no indexed article has an entity. */
	private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
		if (this.state != null && this.state.getReader() == reader) {
			return this.state;
		}
		String field = this.config.getDimConfig(EntityType.PERSON.name()).indexFieldName;
		if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) == null) {
			return null;
		}
		this.state = new DefaultSortedSetDocValuesReaderState(reader, field, this.config);
		return this.state;
	}

}
