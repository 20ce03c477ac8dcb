package io.articleflow.index.store;

/**
 * An article of an {@link ArticleIndex#upsertAll} call could not be written; the ones before it were.
 */
public class ArticleIndexingException extends RuntimeException {

	private final int position;

	private final boolean rejected;

	/**
	 * @param position index in the upserted list of the article that failed
	 * @param rejected {@code true} when the index refused the document itself (retrying cannot help),
	 *     {@code false} for a failure of the index (I/O) that a retry may overcome
	 */
	public ArticleIndexingException(String message, int position, boolean rejected, Throwable cause) {
		super(message, cause);
		this.position = position;
		this.rejected = rejected;
	}

	/** Index in the upserted list of the article that failed. */
	public int position() {
		return this.position;
	}

	/** Whether the index refused this document for its content, so that retrying it cannot help. */
	public boolean rejected() {
		return this.rejected;
	}

}
