package org.passerelle.testing.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.crypto.Nir;

class NirsTest {

    @Test
    void keyIsNinetySevenMinusTheNumberModuloNinetySeven() {
        // The example INSEE publishes: 2 55 08 14 168 025, key 38.
        assertThat(Nirs.controlKey("2550814168025")).isEqualTo(38);
    }

    @Test
    void corsicaIsReadAsNineteenAndEighteen() {
        assertThat(Nirs.controlKey("18412" + "2A" + "451089")).isEqualTo(Nirs.controlKey("1841219451089"));
        assertThat(Nirs.controlKey("18412" + "2B" + "451089")).isEqualTo(Nirs.controlKey("1841218451089"));
    }

    @Test
    void theServerAcceptsWhatItComputes() {
        for (String department : new String[] {"49", "35", "2A", "2B", "01", "95"}) {
            String nir = Nirs.of(true, LocalDate.of(1984, 3, 12), department, 991, 7);
            assertThat(Nir.parse(nir).value()).isEqualTo(nir);
            assertThat(nir).startsWith("28403" + department + "991007");
        }
        assertThat(Nirs.of(false, LocalDate.of(2001, 11, 30), "49", 999, 36)).startsWith("10111" + "49999036");
    }

    @Test
    void refusesWhatIsNotANir() {
        assertThatThrownBy(() -> Nirs.controlKey("123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Nirs.of(true, LocalDate.of(1984, 3, 12), "49", 1000, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
