package dev.strata.demo.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A list of tasks a relationship manager keeps, such as "Q3 portfolio reviews".
 *
 * <p>Mapped twice: Spring Data R2DBC reads {@code @Table}/{@code @Id} of {@code org.springframework.data} at run
 * time; the {@code jakarta.persistence} annotations are only for Strata's autogenerate (the API is a provided
 * dependency, so at run time they are absent).
 */
@Entity
@Table("task_lists")
@jakarta.persistence.Table(name = "task_lists")
public class TaskList {

    @Id
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 120)
    private String name;

    /** The relationship manager who keeps the list (directory user id). */
    @NotBlank
    @Size(max = 64)
    @Column(length = 64)
    private String owner;

    @NotNull
    private Instant createdAt;

    /** For Spring Data and JPA. */
    protected TaskList() {
    }

    /**
     * Creates a list, not yet saved.
     *
     * @param name what the list is for
     * @param owner the relationship manager who keeps it
     * @param createdAt when it was created
     */
    public TaskList(String name, String owner, Instant createdAt) {
        this.name = name;
        this.owner = owner;
        this.createdAt = createdAt;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return what the list is for */
    public String getName() {
        return name;
    }

    /** @return the relationship manager who keeps the list */
    public String getOwner() {
        return owner;
    }

    /** @return when the list was created */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
