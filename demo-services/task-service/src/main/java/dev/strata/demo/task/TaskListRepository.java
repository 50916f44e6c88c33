package dev.strata.demo.task;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

/** Task lists, over R2DBC. */
public interface TaskListRepository extends ReactiveCrudRepository<TaskList, Long> {

    /**
     * Every list, oldest first.
     *
     * @return the lists
     */
    Flux<TaskList> findAllByOrderByIdAsc();
}
