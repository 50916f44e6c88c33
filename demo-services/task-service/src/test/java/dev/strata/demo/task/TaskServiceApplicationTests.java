package dev.strata.demo.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import dev.strata.r2dbc.R2dbcDriver;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as it runs: reactive, without a JDBC driver, on its embedded cds_task database, which Strata migrates
 * over R2DBC at startup before any repository is used.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TaskServiceApplicationTests {

    private static final String CREATE_TASKS = "bb724d9d6083";
    private static final String ADD_CLIENT = "73ae67cefa04";
    private static final String HEAD = ADD_CLIENT;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private StrataMigrations migrations;

    @Autowired
    private DatabaseClient database;

    @Autowired
    private StartupProbe startupProbe;

    /** Reads the tables while the context is created, as a cache warmed at startup would. */
    @TestConfiguration
    static class StartupReads {

        @Bean
        StartupProbe startupProbe(TaskListRepository lists, DatabaseClient database) {
            return new StartupProbe(lists.count().block(), database.sql("SELECT version_num FROM strata_version")
                    .map(row -> row.get("version_num", String.class)).all().collectList().block());
        }
    }

    /** What a bean created with the context found in the database. */
    record StartupProbe(Long taskLists, List<String> version) {
    }

    @Test
    void runsOverR2dbcWithoutAJdbcDriver() {
        assertThatThrownBy(() -> Class.forName("org.postgresql.Driver")).isInstanceOf(ClassNotFoundException.class);
        // The JPA annotations on the entities are for autogenerate only: the service runs without them.
        assertThatThrownBy(() -> Class.forName("jakarta.persistence.Entity"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();

        assertThat(migrations.engines()).extracting(StrataEngine::describe)
                .containsExactly("ConnectionFactory 'connectionFactory'");
        assertThat(migrations.engine("connectionFactory").orElseThrow().strata().configuration().driver())
                .isInstanceOf(R2dbcDriver.class);
    }

    @Test
    void runsOnItsOwnDatabaseMigratedToHeadBeforeTheFirstRepositoryCall() {
        assertThat(startupProbe.version()).containsExactly(HEAD);
        assertThat(startupProbe.taskLists()).isNotNull();

        assertThat(one("SELECT current_database() AS v")).isEqualTo("cds_task");
        assertThat(all("SELECT version_num AS v FROM strata_version")).containsExactly(HEAD);
        assertThat(all("SELECT revision AS v FROM strata_history WHERE direction = 'upgrade' AND success ORDER BY id"))
                .containsExactly(CREATE_TASKS, ADD_CLIENT);
        // The second revision builds its index CONCURRENTLY, outside a transaction: it must have come out valid.
        assertThat(all("SELECT c.relname || ' ' || i.indisvalid AS v FROM pg_index i JOIN pg_class c"
                + " ON c.oid = i.indexrelid WHERE i.indrelid = 'tasks'::regclass ORDER BY c.relname"))
                .containsExactly("ix_tasks_assignee_status true", "ix_tasks_client_id true",
                        "ix_tasks_task_list_id true", "tasks_pkey true");
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() throws IOException, InterruptedException {
        HttpResponse<String> all = get("/actuator/migrations");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode engine = json.readTree(all.body()).get("datasources").get("connectionFactory");
        assertThat(engine.get("upToDate").asBoolean()).isTrue();
        assertThat(engine.get("current").get(0).asString()).isEqualTo(HEAD);
        assertThat(engine.get("pending")).isEmpty();

        JsonNode full = json.readTree(get("/actuator/migrations/connectionFactory").body());
        assertThat(full.get("revisions").valueStream()
                .map(r -> r.get("revision").asString() + " " + r.get("state").asString()))
                .containsExactlyInAnyOrder(CREATE_TASKS + " applied", ADD_CLIENT + " applied");
    }

    @Test
    void createsAListWithTasksAndReadsThemBack() throws IOException, InterruptedException {
        // Unique, so that a rerun on a kept database (DATABASE_URL) does not see the last run's tasks.
        String rm = "rm-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = post("/task-lists", "{\"name\": \"Q3 portfolio reviews\", \"owner\": \"" + rm
                + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String listLocation = created.headers().firstValue("Location").orElseThrow();
        long listId = json.readTree(created.body()).get("id").asLong();
        assertThat(listLocation).isEqualTo("/task-lists/" + listId);

        HttpResponse<String> later = post(listLocation + "/tasks", task("Send the annual statement", null, 3,
                LocalDate.of(2030, 3, 31), rm));
        HttpResponse<String> sooner = post(listLocation + "/tasks", task("Call about the bond maturity", 4711L, 1,
                LocalDate.of(2030, 1, 15), rm));
        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(sooner.statusCode()).isEqualTo(201);

        JsonNode task = json.readTree(get(sooner.headers().firstValue("Location").orElseThrow()).body());
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.get("taskListId").asLong()).isEqualTo(listId);
        assertThat(task.get("dueDate").asString()).isEqualTo("2030-01-15");
        assertThat(task.get("clientId").asLong()).isEqualTo(4711L);

        assertThat(titles(get(listLocation + "/tasks")))
                .containsExactly("Send the annual statement", "Call about the bond maturity");
        // The work queue orders by due date, which the list's own order does not.
        assertThat(titles(get("/tasks?assignee=" + rm)))
                .containsExactly("Call about the bond maturity", "Send the annual statement");
        assertThat(titles(get("/tasks?assignee=" + rm + "&status=DONE"))).isEmpty();
        assertThat(json.readTree(get("/task-lists").body()).valueStream().map(l -> l.get("owner").asString()))
                .contains(rm);
        assertThat(all("SELECT status || ' ' || coalesce(client_id::text, '-') AS v FROM tasks WHERE assignee = '"
                + rm + "' ORDER BY id")).containsExactly("OPEN -", "OPEN 4711");
    }

    @Test
    void refusesInvalidInput() throws IOException, InterruptedException {
        String list = post("/task-lists", "{\"name\": \"Onboarding\", \"owner\": \"rm-valid\"}").headers()
                .firstValue("Location").orElseThrow();

        assertThat(post("/task-lists", "{\"name\": \"\", \"owner\": \"rm-1\"}").statusCode()).isEqualTo(400);
        assertThat(post(list + "/tasks", task("Too urgent", null, 9, null, "rm-1")).statusCode()).isEqualTo(400);
        assertThat(post(list + "/tasks", task(" ", null, 2, null, "rm-1")).statusCode()).isEqualTo(400);
        assertThat(post(list + "/tasks", task("No such client", -5L, 2, null, "rm-1")).statusCode()).isEqualTo(400);
        assertThat(get("/tasks?assignee=rm-1&status=SOMEDAY").statusCode()).isEqualTo(400);
        assertThat(get(list + "/tasks").body()).isEqualTo("[]");
    }

    @Test
    void answers404ForUnknownIds() throws IOException, InterruptedException {
        assertThat(get("/task-lists/999999").statusCode()).isEqualTo(404);
        assertThat(get("/task-lists/999999/tasks").statusCode()).isEqualTo(404);
        assertThat(get("/tasks/999999").statusCode()).isEqualTo(404);
        assertThat(post("/task-lists/999999/tasks", task("Nowhere", null, 2, null, "rm-1")).statusCode())
                .isEqualTo(404);
    }

    private static String task(String title, Long clientId, int priority, LocalDate dueDate, String assignee) {
        return "{\"title\": \"" + title + "\", \"clientId\": " + clientId + ", \"priority\": " + priority
                + ", \"dueDate\": " + (dueDate == null ? "null" : "\"" + dueDate + "\"") + ", \"assignee\": \""
                + assignee + "\"}";
    }

    private List<String> titles(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).valueStream().map(t -> t.get("title").asString()).toList();
    }

    private String one(String sql) {
        return database.sql(sql).map(row -> row.get("v", String.class)).one().block();
    }

    private List<String> all(String sql) {
        return database.sql(sql).map(row -> row.get("v", String.class)).all().collectList().block();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
