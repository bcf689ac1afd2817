package io.remedy.platform.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AfterCommitTest {

    private static Vertx vertx;

    @BeforeAll
    static void vertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void actionsRunOnlyAfterTheTransactionSucceeded() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        onRequestContext(() -> AfterCommit.around(() -> Uni.createFrom().item(() -> {
            assertTrue(AfterCommit.request(() -> ran.add("woken")));
            assertEquals(List.of(), ran, "nothing runs before the commit");
            return "committed";
        })));
        assertEquals(List.of("woken"), ran);

        List<String> rolledBack = new CopyOnWriteArrayList<>();
        Object failed = onRequestContext(() -> AfterCommit.around(() -> Uni.createFrom().item(() -> {
            AfterCommit.request(() -> rolledBack.add("woken"));
            throw new IllegalStateException("rolled back");
        })).onFailure().recoverWithItem("failed"));
        assertEquals("failed", failed);
        assertEquals(List.of(), rolledBack, "nothing runs after a rollback");
    }

    @Test
    void aTransactionOfItsOwnInsideAnotherGivesTheOuterOneItsScopeBack() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        onRequestContext(() -> AfterCommit.around(() -> AfterCommit
                .around(() -> Uni.createFrom().item(() -> AfterCommit.request(() -> ran.add("inner"))))
                .map(innerAccepted -> {
                    assertTrue(innerAccepted);
                    assertEquals(List.of("inner"), ran, "the inner transaction's actions run at its own commit");
                    assertTrue(AfterCommit.request(() -> ran.add("outer")),
                            "after the inner transaction the outer one takes requests again");
                    assertEquals(List.of("inner"), ran);
                    return "committed";
                })));
        assertEquals(List.of("inner", "outer"), ran);

        Object afterwards = onRequestContext(() -> AfterCommit.around(() -> Uni.createFrom().item("committed"))
                .map(done -> AfterCommit.request(() -> ran.add("late"))));
        assertFalse((Boolean) afterwards, "once its owner's transaction ended, a request is refused, not lost");
    }

    /** Runs {@code work} on a duplicated (request) context, as a REST call or a consumed event does. */
    private static Object onRequestContext(Supplier<Uni<?>> work) throws Exception {
        Context request = VertxContext.getOrCreateDuplicatedContext(vertx.getOrCreateContext());
        CompletableFuture<Object> result = new CompletableFuture<>();
        request.runOnContext(v -> work.get().subscribe().with(result::complete, result::completeExceptionally));
        return result.get(Duration.ofSeconds(10).toSeconds(), TimeUnit.SECONDS);
    }
}
