package io.articleflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import io.articleflow.bench.BenchCorpus.CorpusFile;
import io.articleflow.bench.BenchResults.Phase;
import io.articleflow.bench.BenchResults.Scaling;

import static io.articleflow.bench.PipelineBench.say;

/**
 * The scaling runs of {@code ./pipeline bench --scaling}, on the pipeline the main runs left warm, in two steps the
 * script calls around starting a second extract-service instance:
 * <ol>
 * <li>{@code scaling-sizes}: CPU per article at each of {@link #SIZES}, every size after a warm-up of its own;</li>
 * <li>{@code scaling-instances}: the {@value #INSTANCES_BYTES}-byte articles again with two extract-service
 * instances in the consumer group, beside the one-instance run of the first step.</li>
 * </ol>
 * Results go to {@code results/scaling.json}; each step prints its table ({@link ScalingReport}).
 */
final class ScalingBench {

	/** The article sizes and how many articles of each are measured: about 10, 50 and 100 MB of text. */
	static final List<Size> SIZES = List.of(new Size(1_000, 10_000), new Size(10_000, 5_000),
			new Size(100_000, 1_000));

	/** The size the two-instance run repeats. */
	static final int INSTANCES_BYTES = 10_000;

	/** Article numbers of each scaling run start this far apart, and beyond the main runs': distinct ids. */
	private static final int NUMBERS_APART = 1_000_000;

	/** A size's warm-up has this share of its articles (in {@link PipelineBench#WARM_UP_ROUNDS} rounds). */
	private static final int WARM_UP_DIVISOR = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScalingBench() {
	}

	static void sizes(BenchSettings settings) throws IOException, InterruptedException {
		BenchCorpus corpus = corpus(settings);
		PipelineRuns runs = new PipelineRuns(settings);
		List<Phase> phases = new ArrayList<>();
		for (int i = 0; i < SIZES.size(); i++) {
			Size size = SIZES.get(i);
			phases.add(measure(settings, runs, corpus.sized(size.bytes()), size, NUMBERS_APART * (i + 1), 1,
					Math.max(1, size.articles() / WARM_UP_DIVISOR)));
		}
		Scaling scaling = new Scaling(phases, List.of());
		write(settings, scaling);
		System.out.println();
		System.out.print(ScalingReport.sizes(scaling));
	}

	static void instances(BenchSettings settings) throws IOException, InterruptedException {
		Scaling scaling = JSON.readValue(results(settings).toFile(), Scaling.class);
		Phase oneInstance = scaling.sizes()
			.stream()
			.filter(phase -> phase.name().equals(name(INSTANCES_BYTES, 1)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no one-instance run of " + INSTANCES_BYTES + " bytes"));
		int instances = (int) settings.processes()
			.stream()
			.filter(process -> BenchSettings.serviceOf(process).equals("extract-service"))
			.count();
		Size size = new Size(INSTANCES_BYTES, oneInstance.articles());
		// the new instance is a fresh JVM: it sees as many warm-up articles as the first one did (after 5,000 its
		// compilers still took a third of its CPU, and it spent twice the first's CPU per article)
		Phase more = measure(settings, new PipelineRuns(settings), corpus(settings).sized(size.bytes()), size,
				NUMBERS_APART * (SIZES.size() + 1), instances,
				settings.integer("warmup") * instances);
		Scaling both = new Scaling(scaling.sizes(), List.of(oneInstance, more));
		write(settings, both);
		System.out.println();
		System.out.print(ScalingReport.instances(both));
	}

	/**
	 * A warm-up for this size (batches of other sizes compile other code), then the measured run, all at once.
	 * @param first the first article number
	 * @param warmArticles how many articles warm up
	 */
	private static Phase measure(BenchSettings settings, PipelineRuns runs, BenchCorpus corpus, Size size, int first,
			int extractInstances, int warmArticles) throws IOException, InterruptedException {
		String name = name(size.bytes(), extractInstances);
		Path folder = settings.state().resolve("corpus/scaling");
		String prefix = String.format(Locale.ROOT, "scaling-%dB-x%d", size.bytes(), extractInstances);
		say("Scaling, %s: %,d warm-up and %,d measured articles ...", name, warmArticles, size.articles());
		PipelineBench.warmUp(runs, corpus.write(folder, prefix + "-warm-up", first, warmArticles));
		List<CorpusFile> files = corpus.write(folder, prefix, first + warmArticles, size.articles());
		PipelineRuns.Run run = runs.run(name, files, 0);
		Phase phase = PipelineBench.phase(settings, run, runs.log(), null);
		say("  %,.0f articles/s end to end", phase.throughput());
		return phase;
	}

	/** A run's name: {@code 10 kB, 1 extract instance}. */
	static String name(int bytes, int extractInstances) {
		return String.format(Locale.ROOT, "%d kB, %d extract instance%s", bytes / 1000, extractInstances,
				extractInstances == 1 ? "" : "s");
	}

	private static BenchCorpus corpus(BenchSettings settings) throws IOException {
		return BenchCorpus.load(settings.path("seeds"), settings.path("kb"));
	}

	private static Path results(BenchSettings settings) {
		return settings.state().resolve("results/scaling.json");
	}

	private static void write(BenchSettings settings, Scaling scaling) throws IOException {
		Files.createDirectories(results(settings).getParent());
		JSON.writeValue(results(settings).toFile(), scaling);
	}

	/**
	 * @param bytes the size the articles aim at
	 * @param articles how many are measured
	 */
	record Size(int bytes, int articles) {
	}

}
