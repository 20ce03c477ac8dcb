package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.List;

import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.FuzzyNameIndex;
import io.articleflow.extract.kb.GivenNames;
import io.articleflow.extract.kb.KbMatcher;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.nlp.SentenceOpenings;
import io.articleflow.extract.text.ArticleText;

/**
 * Finds the entities of an article with a short, named list of annotators over the shared {@link ArticleText}
 * ({@link #stageNames()}): proposers add candidate mentions, each from one kind of evidence (the knowledge base, document
 * numbers, titles and name forms, context, capitalised phrases and their head words, events between parties, wars
 * named by their place); ship
 * names are set aside; the longest proposal wins where they overlap; resolvers add what only the kept mentions
 * explain (acronyms defined in the text, positions before names, short references to persons); places take their
 * administrative unit and give their name to bases and ports; dates form their own layer (a date may sit inside a name: {@code Strategy ... to 2030}); and
 * mentions are grouped into entities. Thread-safe: all state is per call.
 */
public final class EntityExtractor {

	private final List<MentionAnnotator.Proposer> proposers;

	private final List<MentionAnnotator.Resolver> resolvers;

	private final DateMentions dateMentions = new DateMentions();

	private final EntityAssembler assembler = new EntityAssembler();

	/** An extractor with the OpenNLP models shared by every extractor of this class loader. */
	public EntityExtractor(KnowledgeBase knowledgeBase) {
		this(knowledgeBase, SentenceOpenings.shared());
	}

	public EntityExtractor(KnowledgeBase knowledgeBase, SentenceOpenings sentenceOpenings) {
		this.proposers = List.of(
				new MentionAnnotator.Proposer("knowledge-base",
						new KnowledgeBaseMentions(new KbMatcher(knowledgeBase))::propose),
				new MentionAnnotator.Proposer("legal-references", new LegalReferences()::propose),
				new MentionAnnotator.Proposer("person-titles", new PersonNames(knowledgeBase)::propose),
				new MentionAnnotator.Proposer("person-context", new ContextualPersonNames(knowledgeBase)::propose),
				new MentionAnnotator.Proposer("person-given-names",
						new GivenNamePersons(knowledgeBase, GivenNames.builtIn())::propose),
				new MentionAnnotator.Proposer("proper-noun-phrases", new ProperNounPhrases(knowledgeBase,
						new FuzzyNameIndex(knowledgeBase), sentenceOpenings)::propose),
				new MentionAnnotator.Proposer("home-regions", new HomeRegions(knowledgeBase)::propose),
				new MentionAnnotator.Proposer("numbered-sessions", new NumberedSessions()::propose),
				new MentionAnnotator.Proposer("paired-events", new PairedEvents(knowledgeBase)::propose),
				new MentionAnnotator.Proposer("wars-by-place", new PlaceFormedNames(knowledgeBase)::proposeWars));
		this.resolvers = List.of(
				new MentionAnnotator.Resolver("acronyms", new AcronymDefinitions()::resolve),
				new MentionAnnotator.Resolver("names-after-positions", new NamesAfterPositions(knowledgeBase)::resolve),
				new MentionAnnotator.Resolver("person-references", new PersonReferences()::resolve));
	}

	/**
	 * The entities of the article, in order of first mention.
	 * @param article the cleaned, tokenised article
	 * @param publishedYear the publication year for dates written without one, or 0 when unknown
	 */
	public List<Entity> extract(ArticleText article, int publishedYear) {
		return extract(article, publishedYear, 0);
	}

	/**
	 * The entities of the article, in order of first mention.
	 * @param article the cleaned, tokenised article
	 * @param publishedYear the publication year for dates written without one, or 0 when unknown
	 * @param publishedMonth the publication month (1-12) for {@code last October}, or 0 when unknown
	 */
	public List<Entity> extract(ArticleText article, int publishedYear, int publishedMonth) {
		List<Candidate> proposals = new ArrayList<>(256);
		for (MentionAnnotator.Proposer stage : proposers) {
			stage.proposal().propose(article, proposals);
		}
		proposals.removeIf(c -> c.type() == EntityType.PERSON && PersonNameForm.isVessel(article, c.start(), c.end()));
		SpanSelector selector = new SpanSelector().offer(proposals);
		selector.completeRoles(proposals);
		for (MentionAnnotator.Resolver stage : resolvers) {
			stage.resolution().resolve(article, selector.kept(), selector);
		}
		List<Candidate> mentions = PlaceFormedNames.extend(article, selector.kept());
		mentions.addAll(dateMentions.find(article, publishedYear, publishedMonth));
		return assembler.assemble(article, mentions);
	}

	/** The names of the stages, in the order they run. */
	public List<String> stageNames() {
		List<String> names = new ArrayList<>();
		proposers.forEach(p -> names.add(p.name()));
		names.addAll(List.of("vessels", "select"));
		resolvers.forEach(r -> names.add(r.name()));
		names.addAll(List.of("place-units-and-facilities", "dates", "assemble"));
		return names;
	}

}
