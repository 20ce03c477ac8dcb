/**
 * Auto-configuration every service shares: the failure policy of consuming stages (bounded retries, then the
 * stage's dead-letter topic with the reason in headers) and the common {@code application} metric tag.
 */
package io.articleflow.common.autoconfigure;
