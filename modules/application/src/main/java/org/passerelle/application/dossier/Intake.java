package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.passerelle.application.identity.Caller;

/**
 * Welcoming a new usager: registering them and opening their dossier, with the agent as référent,
 * in one transaction. An agent may read only the usagers of dossiers they follow, so a person
 * registered without a dossier would be out of their reach; neither happens without the other.
 */
@ApplicationScoped
public class Intake {

    @Inject
    PersonService persons;

    @Inject
    CaseFileService caseFiles;

    @Transactional
    public CaseFileView registerAndOpen(Caller caller, PersonDetails person) {
        PersonView registered = persons.register(caller, person);
        return caseFiles.open(caller, registered.id(), new SituationDetails(null, null, null, null, null), Set.of());
    }
}
