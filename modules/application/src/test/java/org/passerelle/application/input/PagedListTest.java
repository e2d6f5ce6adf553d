package org.passerelle.application.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagedListTest {

    private static final List<Integer> SEVEN = List.of(1, 2, 3, 4, 5, 6, 7);

    @Test
    void aPageIsItsSliceWithTheWholeListsTotal() {
        PagedList<Integer> second = PagedList.of(SEVEN, new Paging(1, 3));

        assertThat(second.entries()).containsExactly(4, 5, 6);
        assertThat(second.total()).isEqualTo(7);
        assertThat(second.hasNext()).isTrue();
        assertThat(PagedList.of(SEVEN, new Paging(2, 3)).entries()).containsExactly(7);
        assertThat(PagedList.of(SEVEN, new Paging(2, 3)).hasNext()).isFalse();
    }

    @Test
    void aPageBeyondTheEndIsEmpty() {
        PagedList<Integer> far = PagedList.of(SEVEN, new Paging(40, 50));

        assertThat(far.entries()).isEmpty();
        assertThat(far.total()).isEqualTo(7);
        assertThat(far.hasNext()).isFalse();
    }
}
