package org.passerelle.web.ui.dossier;

import java.io.Serializable;
import java.util.UUID;
import org.passerelle.application.dossier.PersonView;
import org.passerelle.secrecy.Field;

/** An usager as a line of a list: only the fields the service let through (others are null). */
public record PersonRow(UUID id, String lastName, String firstNames, String birthDate, String address, String phone)
        implements Serializable {

    static PersonRow of(PersonView view) {
        return new PersonRow(
                view.id(),
                view.fields().get(Field.PERSON_LAST_NAME),
                view.fields().get(Field.PERSON_FIRST_NAMES),
                view.fields().get(Field.PERSON_BIRTH_DATE),
                view.fields().get(Field.PERSON_ADDRESS),
                view.fields().get(Field.PERSON_PHONE));
    }
}
