/** The CCAS manager's "Équipe" page: the team's working lists and the change of a dossier's référent (issue 18). */
package org.passerelle.web.ui.team;
