package dev.strata.demo.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.ServiceResponse;
import dev.strata.demo.test.migration.DatabaseReader;
import dev.strata.demo.test.migration.MigratedDatabase;
import dev.strata.demo.test.migration.MigrationsEndpoint;
import dev.strata.demo.test.r2dbc.R2dbcDatabaseReader;
import dev.strata.demo.test.r2dbc.R2dbcOnlyService;
import dev.strata.demo.test.r2dbc.StartupProbe;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/**
 * The service as it runs: reactive, without a JDBC driver, on its embedded cds_task database, which Strata migrates
 * over R2DBC at startup before any repository is used.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TaskServiceApplicationTests {

    private static final String CREATE_TASKS = "bb724d9d6083";
    private static final String ADD_CLIENT = "73ae67cefa04";
    private static final String HEAD = ADD_CLIENT;

    private final ServiceHttp http;
    private final DatabaseReader sql;

    TaskServiceApplicationTests(@LocalServerPort int port, @Autowired DatabaseClient database) {
        this.http = ServiceHttp.onPort(port);
        this.sql = R2dbcDatabaseReader.of(database);
    }

    /** Reads the tables while the context is created, as a cache warmed at startup would. */
    @TestConfiguration
    static class StartupReads {

        @Bean
        StartupProbe startupProbe(TaskListRepository lists, DatabaseClient database) {
            return StartupProbe.read(lists.count(), database);
        }
    }

    @Test
    void runsOverR2dbcWithoutAJdbcDriver(@Autowired ApplicationContext context) {
        R2dbcOnlyService.assertRunsOnR2dbcAlone(context, "connectionFactory");
    }

    @Test
    void runsOnItsOwnDatabaseMigratedToHeadBeforeTheFirstRepositoryCall(@Autowired StartupProbe startupProbe) {
        assertThat(startupProbe.versions()).containsExactly(HEAD);
        assertThat(startupProbe.rows()).isNotNull();

        MigratedDatabase.of(sql).assertMigratedThrough("cds_task", CREATE_TASKS, ADD_CLIENT);
        // The second revision builds its index CONCURRENTLY, outside a transaction: it must have come out valid.
        assertThat(sql.all("SELECT c.relname || ' ' || i.indisvalid FROM pg_index i JOIN pg_class c"
                + " ON c.oid = i.indexrelid WHERE i.indrelid = 'tasks'::regclass ORDER BY c.relname"))
                .containsExactly("ix_tasks_assignee_status true", "ix_tasks_client_id true",
                        "ix_tasks_task_list_id true", "tasks_pkey true");
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() {
        MigrationsEndpoint.of(http).assertUpToDateThrough("connectionFactory", CREATE_TASKS, ADD_CLIENT);
    }

    @Test
    void createsAListWithTasksAndReadsThemBack() {
        // Unique, so that a rerun on a kept database (DATABASE_URL) does not see the last run's tasks.
        String rm = "rm-" + UUID.randomUUID().toString().substring(0, 8);
        ServiceResponse created = http.post("/task-lists", "{\"name\": \"Q3 portfolio reviews\", \"owner\": \"" + rm
                + "\"}");
        assertThat(created.status()).isEqualTo(201);
        String listLocation = created.location();
        long listId = created.json().get("id").asLong();
        assertThat(listLocation).isEqualTo("/task-lists/" + listId);

        ServiceResponse later = http.post(listLocation + "/tasks", task("Send the annual statement", null, 3,
                LocalDate.of(2030, 3, 31), rm));
        ServiceResponse sooner = http.post(listLocation + "/tasks", task("Call about the bond maturity", 4711L, 1,
                LocalDate.of(2030, 1, 15), rm));
        assertThat(later.status()).isEqualTo(201);
        assertThat(sooner.status()).isEqualTo(201);

        JsonNode task = http.get(sooner.location()).json();
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.get("taskListId").asLong()).isEqualTo(listId);
        assertThat(task.get("dueDate").asString()).isEqualTo("2030-01-15");
        assertThat(task.get("clientId").asLong()).isEqualTo(4711L);

        assertThat(titles(http.get(listLocation + "/tasks")))
                .containsExactly("Send the annual statement", "Call about the bond maturity");
        // The work queue orders by due date, which the list's own order does not.
        assertThat(titles(http.get("/tasks?assignee=" + rm)))
                .containsExactly("Call about the bond maturity", "Send the annual statement");
        assertThat(titles(http.get("/tasks?assignee=" + rm + "&status=DONE"))).isEmpty();
        assertThat(http.get("/task-lists").json().valueStream().map(l -> l.get("owner").asString()))
                .contains(rm);
        assertThat(sql.all("SELECT status || ' ' || coalesce(client_id::text, '-') FROM tasks WHERE assignee = '"
                + rm + "' ORDER BY id")).containsExactly("OPEN -", "OPEN 4711");
    }

    @Test
    void refusesInvalidInput() {
        String list = http.post("/task-lists", "{\"name\": \"Onboarding\", \"owner\": \"rm-valid\"}").location();

        assertThat(http.post("/task-lists", "{\"name\": \"\", \"owner\": \"rm-1\"}").status()).isEqualTo(400);
        assertThat(http.post(list + "/tasks", task("Too urgent", null, 9, null, "rm-1")).status()).isEqualTo(400);
        assertThat(http.post(list + "/tasks", task(" ", null, 2, null, "rm-1")).status()).isEqualTo(400);
        assertThat(http.post(list + "/tasks", task("No such client", -5L, 2, null, "rm-1")).status()).isEqualTo(400);
        assertThat(http.get("/tasks?assignee=rm-1&status=SOMEDAY").status()).isEqualTo(400);
        assertThat(http.get(list + "/tasks").body()).isEqualTo("[]");
    }

    @Test
    void answers404ForUnknownIds() {
        assertThat(http.get("/task-lists/999999").status()).isEqualTo(404);
        assertThat(http.get("/task-lists/999999/tasks").status()).isEqualTo(404);
        assertThat(http.get("/tasks/999999").status()).isEqualTo(404);
        assertThat(http.post("/task-lists/999999/tasks", task("Nowhere", null, 2, null, "rm-1")).status())
                .isEqualTo(404);
    }

    private static String task(String title, Long clientId, int priority, LocalDate dueDate, String assignee) {
        return "{\"title\": \"" + title + "\", \"clientId\": " + clientId + ", \"priority\": " + priority
                + ", \"dueDate\": " + (dueDate == null ? "null" : "\"" + dueDate + "\"") + ", \"assignee\": \""
                + assignee + "\"}";
    }

    private List<String> titles(ServiceResponse response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().valueStream().map(t -> t.get("title").asString()).toList();
    }
}
