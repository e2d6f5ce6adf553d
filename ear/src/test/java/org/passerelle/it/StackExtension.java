package org.passerelle.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the {@link Stack} once for the whole test run, on the first test class that needs it;
 * JUnit closes it (stopping every server) when the run ends, whatever the tests' outcome, after
 * writing what the ITs sent for the sweeps ({@link SentValues}). A stack that failed to start is
 * not tried again by the next class: they all fail with the first cause. Attached to a running
 * stack ({@code -Dpasserelle.it.attach}), it starts nothing.
 */
public final class StackExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (Stack.ATTACHED.isPresent()) {
            return;
        }
        Attempt attempt = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Attempt.class, key -> Attempt.start(), Attempt.class);
        if (attempt.failure() != null) {
            throw attempt.failure();
        }
    }

    private record Attempt(org.passerelle.testing.Stack stack, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource {

        static Attempt start() {
            try {
                return new Attempt(Stack.start(), null);
            } catch (RuntimeException e) {
                return new Attempt(null, e);
            }
        }

        @Override
        public void close() {
            if (stack != null) {
                SentValues.save();
                stack.close();
            }
        }
    }
}
