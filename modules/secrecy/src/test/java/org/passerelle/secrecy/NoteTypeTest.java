package org.passerelle.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NoteTypeTest {

    @Test
    void onlyPartageableNotesCanBeShared() {
        assertThat(NoteType.PARTAGEABLE.shareable()).isTrue();
        assertThat(NoteType.INTERNE.shareable()).isFalse();
        assertThat(Arrays.stream(NoteType.values()).filter(NoteType::shareable)).containsExactly(NoteType.PARTAGEABLE);
    }
}
