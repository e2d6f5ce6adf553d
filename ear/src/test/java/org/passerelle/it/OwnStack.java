package org.passerelle.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test that needs the stack the tests start themselves, skipped when attached to a running one
 * ({@code -Dpasserelle.it.attach}): it crashes the server, reads its logs or files, receives its
 * e-mails, or counts on the tests' settings (1-second days, fast retries, frequent checkpoints,
 * alerts at any hour).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OwnStack.Condition.class)
@interface OwnStack {

    /** Why the test cannot run against a stack it did not start. */
    String value();

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Stack.ATTACHED.isPresent()
                    ? ConditionEvaluationResult.disabled(
                            "attached to " + Stack.ATTACHED.get() + ": needs its own stack")
                    : ConditionEvaluationResult.enabled("the tests' own stack");
        }
    }
}
