package org.passerelle.web.api.person;

import java.time.LocalDate;
import java.util.UUID;
import org.passerelle.application.dossier.PersonView;
import org.passerelle.application.dossier.SealedView;
import org.passerelle.secrecy.Field;

/**
 * An usager as the caller may see them: fields they may not see are absent. The NIR is masked
 * unless it was asked for and allowed.
 */
public record PersonResponse(
        UUID id,
        boolean accessible,
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

    static PersonResponse of(PersonView view) {
        SealedView f = view.fields();
        String birthDate = f.get(Field.PERSON_BIRTH_DATE);
        return new PersonResponse(
                view.id(),
                view.accessible(),
                f.get(Field.PERSON_LAST_NAME),
                f.get(Field.PERSON_FIRST_NAMES),
                f.get(Field.PERSON_BIRTH_NAME),
                birthDate == null ? null : LocalDate.parse(birthDate),
                f.get(Field.PERSON_NIR),
                f.get(Field.PERSON_ADDRESS),
                f.get(Field.PERSON_PHONE),
                f.get(Field.PERSON_EMAIL),
                f.get(Field.PERSON_PREFERRED_LANGUAGE),
                f.get(Field.PERSON_CONTACT_CHANNEL));
    }
}
