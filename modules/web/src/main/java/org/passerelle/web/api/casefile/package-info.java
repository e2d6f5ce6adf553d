/** {@code /api/v1/cases}: open, read, update, assign and close dossiers; {@code cases/{id}/notes}. */
package org.passerelle.web.api.casefile;
