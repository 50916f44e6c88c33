package dev.strata.demo.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The body of {@code POST /task-lists/{id}/tasks}.
 *
 * @param title what to do
 * @param clientId the client it is about (an id of client-service), null for none
 * @param priority 1 (most urgent) to 5
 * @param dueDate when it is due, null for no deadline
 * @param assignee who does it
 */
public record NewTask(
        @NotBlank @Size(max = 200) String title,
        @Positive Long clientId,
        @NotNull @Min(1) @Max(5) Integer priority,
        LocalDate dueDate,
        @NotBlank @Size(max = 64) String assignee) {
}
