package dev.strata.demo.task;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /tasks}: a relationship manager's work queue, across their lists. */
@RestController
@RequestMapping("/tasks")
public class TaskController {

    private final TaskRepository tasks;

    /**
     * Creates the controller.
     *
     * @param tasks the tasks
     */
    public TaskController(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /**
     * One person's tasks in one state, soonest due first.
     *
     * @param assignee who does them
     * @param status their state, {@code OPEN} unless given (an unknown state is a 400)
     * @return the tasks
     */
    @GetMapping
    public Flux<Task> assignedTo(@RequestParam String assignee,
            @RequestParam(defaultValue = "OPEN") TaskStatus status) {
        return tasks.findByAssigneeAndStatusOrderByDueDateAscIdAsc(assignee, status);
    }

    /**
     * Reads one task.
     *
     * @param id the task's id
     * @return the task, or 404
     */
    @GetMapping("/{id}")
    public Mono<Task> get(@PathVariable long id) {
        return tasks.findById(id)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No task " + id)));
    }
}
