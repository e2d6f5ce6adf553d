package org.passerelle.domain.audit;

import java.util.function.Supplier;

/**
 * The actor of the work running on this thread. The web layer binds the caller for the length of
 * a request (commit included, which is when Envers writes its revision); background jobs bind a
 * system actor. A thread with none bound is reported as {@code system:unknown}.
 */
public final class ActorContext {

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();
    private static final Actor UNKNOWN = Actor.system("unknown");

    private ActorContext() {}

    public static Actor current() {
        Actor actor = CURRENT.get();
        return actor == null ? UNKNOWN : actor;
    }

    /** Binds {@code actor} until the returned scope is closed (use in try-with-resources). */
    public static Scope bind(Actor actor) {
        Actor previous = CURRENT.get();
        CURRENT.set(actor);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public static <T> T callAs(Actor actor, Supplier<T> work) {
        try (Scope ignored = bind(actor)) {
            return work.get();
        }
    }

    /** A binding to undo; closing never fails. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
