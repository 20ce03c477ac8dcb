package io.articleflow.extract.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.Entity;
import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.extract.cluster.InMemoryStoryClusterRegistry;
import io.articleflow.extract.cluster.StoryClusterRegistry;
import io.articleflow.extract.cluster.StoryClusterer;
import io.articleflow.extract.cluster.StorySignatureFactory;
import io.articleflow.extract.entity.EntityExtractor;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.kb.KnowledgeBaseLoader;
import io.articleflow.extract.language.LanguageIdentifier;
import io.articleflow.extract.metadata.MetadataExtractor;
import io.articleflow.extract.metadata.PublicationDate;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.TextCleaner;

/**
 * The article analyzer: cleans the text, reads its metadata, finds its entities and assigns its story cluster. Models
 * and the knowledge base load once, in {@link #create}; {@link #analyze} keeps no state between calls except the
 * story-cluster registry. Thread-safe.
 * <p>
 * Its memory per article is bounded by the {@link ArticleLimits}: text over {@code max-characters} is refused before
 * any work (the analysis of the longest allowed text needs some 40 MiB of heap at most), and what an analysis returns
 * carries at most {@code max-entities} entities and {@code max-mentions} mentions.
 */
public final class DefaultArticleAnalyzer implements ArticleAnalyzer {

	/** Version of the analysis code; bump it with every change of the rules. */
	public static final String CODE_VERSION = "1.5.0";

	private final TextCleaner cleaner;

	private final MetadataExtractor metadataExtractor;

	private final EntityExtractor entityExtractor;

	private final StorySignatureFactory signatures;

	private final StoryClusterer clusterer;

	private final String version;

	private final int maxCharacters;

	private final EntityBudget budget;

	DefaultArticleAnalyzer(TextCleaner cleaner, MetadataExtractor metadataExtractor, EntityExtractor entityExtractor,
			StorySignatureFactory signatures, StoryClusterer clusterer, String knowledgeBaseVersion,
			ArticleLimits limits) {
		this.maxCharacters = limits.maxCharacters();
		this.budget = new EntityBudget(limits.maxEntities(), limits.maxMentions());
		this.cleaner = cleaner;
		this.metadataExtractor = metadataExtractor;
		this.entityExtractor = entityExtractor;
		this.signatures = signatures;
		this.clusterer = clusterer;
		this.version = CODE_VERSION + "+kb." + knowledgeBaseVersion;
	}

	/** An analyzer with an in-memory story registry. */
	public static DefaultArticleAnalyzer create(AnalysisProperties properties) {
		return create(properties, new InMemoryStoryClusterRegistry());
	}

	/**
	 * An analyzer: loads the knowledge base (with the operator's file, if configured) and the language model.
	 * @throws IllegalArgumentException if the operator's knowledge-base file cannot be read
	 */
	public static DefaultArticleAnalyzer create(AnalysisProperties properties, StoryClusterRegistry registry) {
		return create(properties, registry, ArticleLimits.defaults());
	}

	/**
	 * An analyzer within the given limits.
	 * @throws IllegalArgumentException if the operator's knowledge-base file cannot be read
	 */
	public static DefaultArticleAnalyzer create(AnalysisProperties properties, StoryClusterRegistry registry,
			ArticleLimits limits) {
		KnowledgeBase knowledgeBase = KnowledgeBaseLoader.load(properties.knowledgeBaseFile());
		return new DefaultArticleAnalyzer(new TextCleaner(properties.stripPageContent()),
				new MetadataExtractor(knowledgeBase, new LanguageIdentifier()), new EntityExtractor(knowledgeBase),
				new StorySignatureFactory(), new StoryClusterer(registry, properties.storySimilarity()),
				knowledgeBase.version(), limits);
	}

	@Override
	public Analysis analyze(String documentId, String rawText, Map<String, String> sourceMetadata) {
		return analyze(documentId, rawText, sourceMetadata, null);
	}

	@Override
	public Analysis analyze(String documentId, String rawText, Map<String, String> sourceMetadata, String documentDate) {
		if (rawText.length() > maxCharacters) {
			throw new TextTooLongException(rawText.length(), maxCharacters);
		}
		Map<String, String> source = sourceMetadata == null ? Map.of() : sourceMetadata;
		String cleaned = cleaner.clean(rawText);
		ArticleText article = ArticleText.of(cleaned);
		Optional<PublicationDate> published = metadataExtractor.publicationDate(cleaned, source, documentDate);
		List<Entity> entities = budget.apply(entityExtractor.extract(article,
				published.map(PublicationDate::year).orElse(0),
				published.map(p -> p.stamp().date().getMonthValue()).orElse(0)));
		ArticleMetadata metadata = metadataExtractor.extract(article, published, entities, source);
		String clusterId = clusterer.assign(documentId, signatures.signature(article, entities));
		return new Analysis(cleaned, metadata, entities, clusterId);
	}

	@Override
	public String version() {
		return version;
	}

}
