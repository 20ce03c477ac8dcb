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
 * Finds the entities of an article: the knowledge base's names and the general rules propose mentions, the longest
 * proposal wins where they overlap, acronyms defined in the text and short references to persons are resolved, and
 * mentions are grouped into entities. Dates form their own layer (a date may sit inside a name:
 * {@code Strategy ... to 2030}). Thread-safe: all state is per call.
 */
public final class EntityExtractor {

	private final KnowledgeBaseMentions knowledgeBaseMentions;

	private final LegalReferences legalReferences = new LegalReferences();

	private final PersonNames personNames;

	private final ContextualPersonNames contextualPersonNames;

	private final ProperNounPhrases properNounPhrases;

	private final HomeRegions homeRegions;

	private final AcronymDefinitions acronymDefinitions = new AcronymDefinitions();

	private final NamesAfterPositions namesAfterPositions;

	private final PersonReferences personReferences = new PersonReferences();

	private final NumberedSessions numberedSessions = new NumberedSessions();

	private final PairedEvents pairedEvents;

	private final GivenNamePersons givenNamePersons;

	private final DateMentions dateMentions = new DateMentions();

	private final EntityAssembler assembler = new EntityAssembler();

	/** An extractor with the OpenNLP models shared by every extractor of this class loader. */
	public EntityExtractor(KnowledgeBase knowledgeBase) {
		this(knowledgeBase, SentenceOpenings.shared());
	}

	public EntityExtractor(KnowledgeBase knowledgeBase, SentenceOpenings sentenceOpenings) {
		this.knowledgeBaseMentions = new KnowledgeBaseMentions(new KbMatcher(knowledgeBase));
		this.personNames = new PersonNames(knowledgeBase);
		this.contextualPersonNames = new ContextualPersonNames(knowledgeBase);
		this.namesAfterPositions = new NamesAfterPositions(knowledgeBase);
		this.properNounPhrases = new ProperNounPhrases(knowledgeBase, new FuzzyNameIndex(knowledgeBase),
				sentenceOpenings);
		this.homeRegions = new HomeRegions(knowledgeBase);
		this.pairedEvents = new PairedEvents(knowledgeBase);
		this.givenNamePersons = new GivenNamePersons(knowledgeBase, GivenNames.builtIn());
	}

	/**
	 * The entities of the article, in order of first mention.
	 * @param article the cleaned, tokenised article
	 * @param publishedYear the publication year for dates written without one, or 0 when unknown
	 */
	public List<Entity> extract(ArticleText article, int publishedYear) {
		List<Candidate> proposals = new ArrayList<>(256);
		knowledgeBaseMentions.propose(article, proposals);
		legalReferences.propose(article, proposals);
		personNames.propose(article, proposals);
		contextualPersonNames.propose(article, proposals);
		givenNamePersons.propose(article, proposals);
		properNounPhrases.propose(article, proposals);
		homeRegions.propose(article, proposals);
		numberedSessions.propose(article, proposals);
		pairedEvents.propose(article, proposals);
		proposals.removeIf(c -> c.type() == EntityType.PERSON && VesselNames.isVessel(article, c.start(), c.end()));
		SpanSelector selector = new SpanSelector().offer(proposals);
		selector.completeRoles(proposals);
		acronymDefinitions.resolve(article, selector.kept(), selector);
		namesAfterPositions.resolve(article, selector.kept(), selector);
		personReferences.resolve(article, selector.kept(), selector);
		List<Candidate> mentions = AdministrativeUnits.extend(article, selector.kept());
		mentions.addAll(dateMentions.find(article, publishedYear));
		return assembler.assemble(article, mentions);
	}

}
