package dev.strata.demo.task;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

/** Tasks, over R2DBC. */
public interface TaskRepository extends ReactiveCrudRepository<Task, Long> {

    /**
     * The tasks of one list, in the order they were added (index ix_tasks_task_list_id).
     *
     * @param taskListId the list's id
     * @return its tasks
     */
    Flux<Task> findByTaskListIdOrderByIdAsc(Long taskListId);

    /**
     * One person's tasks in one state, soonest due first, those without a deadline last (index
     * ix_tasks_assignee_status).
     *
     * @param assignee who does them
     * @param status their state
     * @return the tasks
     */
    Flux<Task> findByAssigneeAndStatusOrderByDueDateAscIdAsc(String assignee, TaskStatus status);
}
