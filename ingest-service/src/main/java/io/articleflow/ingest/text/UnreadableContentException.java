package io.articleflow.ingest.text;

/**
 * A file whose content cannot give article text (binary, wrong encoding, empty, too large, damaged, encrypted...):
 * retrying cannot help, so the file goes to {@code failed/} with this message as the reason.
 */
public class UnreadableContentException extends Exception {

	private final ContentProblem problem;

	public UnreadableContentException(ContentProblem problem, String message) {
		this(problem, message, null);
	}

	public UnreadableContentException(ContentProblem problem, String message, Throwable cause) {
		super(message, cause);
		this.problem = problem;
	}

	/** What kind of problem it is. */
	public ContentProblem problem() {
		return this.problem;
	}

}
