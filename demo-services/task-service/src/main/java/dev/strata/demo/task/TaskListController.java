package dev.strata.demo.task;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /task-lists}: list, read and create task lists, and add tasks to them. Non-blocking throughout. */
@RestController
@RequestMapping("/task-lists")
public class TaskListController {

    private final TaskListRepository lists;
    private final TaskRepository tasks;

    /**
     * Creates the controller.
     *
     * @param lists the task lists
     * @param tasks the tasks
     */
    public TaskListController(TaskListRepository lists, TaskRepository tasks) {
        this.lists = lists;
        this.tasks = tasks;
    }

    /**
     * Lists every task list, oldest first.
     *
     * @return the lists
     */
    @GetMapping
    public Flux<TaskList> list() {
        return lists.findAllByOrderByIdAsc();
    }

    /**
     * Reads one task list.
     *
     * @param id the list's id
     * @return the list, or 404
     */
    @GetMapping("/{id}")
    public Mono<TaskList> get(@PathVariable long id) {
        return existing(id);
    }

    /**
     * Creates a task list.
     *
     * @param request its name and owner
     * @return 201 with the list and its location
     */
    @PostMapping
    public Mono<ResponseEntity<TaskList>> create(@Valid @RequestBody NewTaskList request) {
        return lists.save(new TaskList(request.name(), request.owner(), Instant.now()))
                .map(saved -> ResponseEntity.created(URI.create("/task-lists/" + saved.getId())).body(saved));
    }

    /**
     * Lists the tasks of a list, in the order they were added.
     *
     * @param id the list's id
     * @return its tasks, or 404 when there is no such list
     */
    @GetMapping("/{id}/tasks")
    public Flux<Task> tasks(@PathVariable long id) {
        return existing(id).flatMapMany(list -> tasks.findByTaskListIdOrderByIdAsc(list.getId()));
    }

    /**
     * Adds an open task to a list.
     *
     * @param id the list's id
     * @param request what, how urgent, by when and by whom
     * @return 201 with the task and its location, or 404 when there is no such list
     */
    @PostMapping("/{id}/tasks")
    public Mono<ResponseEntity<Task>> addTask(@PathVariable long id, @Valid @RequestBody NewTask request) {
        return existing(id)
                .flatMap(list -> tasks.save(new Task(list.getId(), request.title(), request.clientId(),
                        request.priority(), request.dueDate(), request.assignee(), Instant.now())))
                .map(saved -> ResponseEntity.created(URI.create("/tasks/" + saved.getId())).body(saved));
    }

    private Mono<TaskList> existing(long id) {
        return lists.findById(id).switchIfEmpty(Mono.error(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No task list " + id)));
    }
}
