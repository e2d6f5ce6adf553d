/**
 * The CCAS manager's working lists (issue 18, item 3): who follows which dossiers and which of
 * their orientations are open, overdue or unanswered, per agent and per partner. Counts, ids,
 * codes and staff usernames only: no dossier content, no usager's name. Depends on the domain's
 * repositories and the access gate.
 */
package org.passerelle.application.team;
