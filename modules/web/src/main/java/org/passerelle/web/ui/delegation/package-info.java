/** The "Délégations" page: an agent's delegations given and received, the CCAS manager's for the whole CCAS (S6). */
package org.passerelle.web.ui.delegation;
