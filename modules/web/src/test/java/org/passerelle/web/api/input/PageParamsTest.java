package org.passerelle.web.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.passerelle.application.input.Paging;
import org.passerelle.domain.failure.InvalidInputException;

class PageParamsTest {

    @Test
    void absentParametersGiveTheFirstPageOfFifty() {
        assertThat(params(null, null).paging()).isEqualTo(new Paging(0, 50));
        assertThat(params("", "").paging()).isEqualTo(new Paging(0, 50));
        assertThat(params("3", "20").paging()).isEqualTo(new Paging(3, 20));
    }

    @Test
    void whatIsNotAWholeNumberInRangeIsRefusedNamingTheParameter() {
        assertRefused(params("abc", null), "page");
        assertRefused(params("1.5", null), "page");
        assertRefused(params("99999999999", null), "page");
        assertRefused(params("2147483647", null), "page");
        assertRefused(params("-1", null), "page");
        assertRefused(params(null, "-1"), "size");
        assertRefused(params(null, "0"), "size");
        assertRefused(params(null, "501"), "size");
        assertRefused(params(null, " 5"), "size");
    }

    private static PageParams params(String page, String size) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        return params;
    }

    private static void assertRefused(PageParams params, String field) {
        assertThatThrownBy(params::paging)
                .as("page %s, size %s", params.page, params.size)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
