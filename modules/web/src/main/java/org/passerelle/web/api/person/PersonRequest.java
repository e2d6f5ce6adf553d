package org.passerelle.web.api.person;

import java.time.LocalDate;
import org.passerelle.application.dossier.PersonDetails;

/** An usager as written by staff; on update, absent fields stay as they are. */
public record PersonRequest(
        String lastName,
        String firstNames,
        String birthName,
        LocalDate birthDate,
        String nir,
        String address,
        String phone,
        String email,
        String preferredLanguage,
        String contactChannel) {

    PersonDetails toDetails() {
        return new PersonDetails(
                lastName,
                firstNames,
                birthName,
                birthDate,
                nir,
                address,
                phone,
                email,
                preferredLanguage,
                contactChannel);
    }
}
