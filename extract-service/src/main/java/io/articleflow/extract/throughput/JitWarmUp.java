package io.articleflow.extract.throughput;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Repeats a warm-up pass until the JIT compiler has settled. The analyzer's rule methods are large, and on two cores
 * C2 compiles and recompiles them for some 20,000 articles: a measurement taken earlier reports the compiler's work,
 * not the analyzer's (about 3.5 MB/s in the first 4,000 articles, 10 MB/s once settled, on the same machine). A
 * long-running service spends that time once per start; the steady state is what it runs at.
 */
final class JitWarmUp {

	/** The compiler counts as settled when it took less than this share of a pass's time. */
	static final double SETTLED_SHARE = 0.05;

	/** Passes at most: the compiler may never settle on a loaded machine; the output then says so. */
	static final int MAX_PASSES = 10;

	/** What the warm-up did. */
	record Outcome(int passes, boolean settled, double lastPassCompileSeconds) {
	}

	private JitWarmUp() {
	}

	static Outcome untilSettled(Runnable pass) {
		CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
		if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
			pass.run();
			return new Outcome(1, false, Double.NaN);
		}
		double compileSeconds = 0;
		for (int passes = 1; passes <= MAX_PASSES; passes++) {
			long compiledBefore = compiler.getTotalCompilationTime();
			long start = System.nanoTime();
			pass.run();
			double seconds = (System.nanoTime() - start) / 1e9;
			compileSeconds = (compiler.getTotalCompilationTime() - compiledBefore) / 1e3;
			if (passes > 1 && compileSeconds < SETTLED_SHARE * seconds) {
				return new Outcome(passes, true, compileSeconds);
			}
		}
		return new Outcome(MAX_PASSES, false, compileSeconds);
	}

}
