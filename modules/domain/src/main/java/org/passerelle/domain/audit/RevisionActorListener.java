package org.passerelle.domain.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each new revision with the actor bound to the committing thread. */
public class RevisionActorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).actedBy(ActorContext.current());
    }
}
