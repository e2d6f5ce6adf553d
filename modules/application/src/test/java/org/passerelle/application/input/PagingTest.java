package org.passerelle.application.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.passerelle.domain.failure.InvalidInputException;

class PagingTest {

    @Test
    void aPageSkipsThePagesBeforeIt() {
        assertThat(new Paging(0, 50).offset()).isZero();
        assertThat(new Paging(3, 50).offset()).isEqualTo(150);
        assertThat(new Paging(0, Paging.SIZE_MAX).size()).isEqualTo(500);
    }

    @Test
    void negativeOrEmptyOrOversizedPagesAreRefusedNamingTheParameter() {
        assertRefused(-1, 50, "page");
        assertRefused(Integer.MIN_VALUE, 50, "page");
        assertRefused(0, 0, "size");
        assertRefused(0, -1, "size");
        assertRefused(0, Paging.SIZE_MAX + 1, "size");
        assertRefused(0, Integer.MAX_VALUE, "size");
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefused() {
        assertRefused(Integer.MAX_VALUE, 50, "page");
        assertRefused(Integer.MAX_VALUE, 1, "page");
        assertRefused(Integer.MAX_VALUE / 50, 50, "page");

        Paging last = new Paging(Integer.MAX_VALUE / 50 - 1, 50);
        assertThat(last.offset()).isPositive();
        assertThat((long) last.offset() + last.size()).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }

    private static void assertRefused(int page, int size, String field) {
        assertThatThrownBy(() -> new Paging(page, size))
                .as("page %d, size %d", page, size)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
