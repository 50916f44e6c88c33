package dev.strata.demo.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /task-lists}.
 *
 * @param name what the list is for
 * @param owner the relationship manager who keeps it
 */
public record NewTaskList(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 64) String owner) {
}
