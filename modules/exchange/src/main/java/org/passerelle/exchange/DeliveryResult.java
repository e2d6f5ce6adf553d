package org.passerelle.exchange;

/**
 * What became of one delivery. The codes are short and hold no content: {@code http-503},
 * {@code unreachable}, {@code host-key-mismatch}...
 */
public sealed interface DeliveryResult {

    /** The partner's system took it (also when it already had it). */
    record Delivered() implements DeliveryResult {}

    /** It did not arrive, or we cannot know: try again later, with the same message id. */
    record RetryLater(String code) implements DeliveryResult {}

    /** The partner's system refused it for good: trying again would not help. */
    record Refused(String code) implements DeliveryResult {}
}
