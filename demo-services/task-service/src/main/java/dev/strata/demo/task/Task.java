package dev.strata.demo.task;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One task on a list: what to do, for whom, by when. Mapped for Spring Data R2DBC and, for Strata's autogenerate
 * only, for JPA (see {@link TaskList}).
 */
@Entity
@Table("tasks")
// "My open tasks" is the query a relationship manager runs all day: assignee first, then status. PostgreSQL does
// not index foreign keys by itself; showing a list with its tasks needs the second index, and a client's open
// tasks (shown beside the client in the CRM) the third.
@jakarta.persistence.Table(name = "tasks", indexes = {
        @Index(name = "ix_tasks_assignee_status", columnList = "assignee, status"),
        @Index(name = "ix_tasks_task_list_id", columnList = "task_list_id"),
        @Index(name = "ix_tasks_client_id", columnList = "client_id")})
public class Task {

    @Id
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * The list's id: the one column both mappings share. Spring Data R2DBC maps no associations, so it reads and
     * writes this plain column. For Hibernate it is a basic column as well, and {@link #taskList} adds the foreign
     * key; that association is read-only (insertable/updatable false) so the column has one writer. The name is
     * spelled out because Hibernate refuses two properties on one column whose logical names differ
     * ({@code taskListId} against the join column's {@code task_list_id}).
     */
    @NotNull
    @Column(name = "task_list_id")
    private Long taskListId;

    /** Gives Hibernate the foreign key to task_lists; Spring Data ignores it ({@code @Transient}). */
    @Transient
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_list_id", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "fk_tasks_task_list_id"))
    private TaskList taskList;

    @NotBlank
    @Size(max = 200)
    private String title;

    /**
     * The client the task is about, an id of client-service; null for tasks about no one client (and for those
     * created before it was asked). Another service's id, so no foreign key.
     */
    private Long clientId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TaskStatus status;

    /**
     * 1 (most urgent) to 5. The range is one named check rather than {@code @Min}/{@code @Max}: Hibernate joins
     * those two into one check in no fixed order, so autogenerate would see a changed check on every other run.
     */
    @NotNull
    @Column(check = @CheckConstraint(name = "tasks_priority_check", constraint = "priority BETWEEN 1 AND 5"))
    private Integer priority;

    /** Null for tasks without a deadline. */
    private LocalDate dueDate;

    /** The relationship manager who does the task (directory user id). */
    @NotBlank
    @Size(max = 64)
    @Column(length = 64)
    private String assignee;

    @NotNull
    private Instant createdAt;

    /** For Spring Data and JPA. */
    protected Task() {
    }

    /**
     * Creates an open task on a list, not yet saved.
     *
     * @param taskListId the list's id
     * @param title what to do
     * @param clientId the client it is about, null for none
     * @param priority 1 (most urgent) to 5
     * @param dueDate when it is due, null for no deadline
     * @param assignee who does it
     * @param createdAt when it was created
     */
    public Task(Long taskListId, String title, Long clientId, int priority, LocalDate dueDate, String assignee,
            Instant createdAt) {
        this.taskListId = taskListId;
        this.title = title;
        this.clientId = clientId;
        this.status = TaskStatus.OPEN;
        this.priority = priority;
        this.dueDate = dueDate;
        this.assignee = assignee;
        this.createdAt = createdAt;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the list's id */
    public Long getTaskListId() {
        return taskListId;
    }

    /** @return what to do */
    public String getTitle() {
        return title;
    }

    /** @return the client the task is about, null for none */
    public Long getClientId() {
        return clientId;
    }

    /** @return where the task stands */
    public TaskStatus getStatus() {
        return status;
    }

    /** @return 1 (most urgent) to 5 */
    public Integer getPriority() {
        return priority;
    }

    /** @return when it is due, null for no deadline */
    public LocalDate getDueDate() {
        return dueDate;
    }

    /** @return who does it */
    public String getAssignee() {
        return assignee;
    }

    /** @return when it was created */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
