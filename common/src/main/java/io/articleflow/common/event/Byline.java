package io.articleflow.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The author of an article as the byline gives them.
 *
 * @param name the person's name, or the byline text when it names no person
 * @param rank military or academic rank, e.g. {@code Senior Lieutenant General}
 * @param role position, e.g. {@code Deputy Minister of National Defense}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Byline(String name, String rank, String role) {
}
