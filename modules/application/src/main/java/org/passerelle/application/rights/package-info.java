/**
 * The DPO's register of rights requests and complaints (GDPR art. 12, 15-21; issue 21): register,
 * list, extend, answer, the linked actions (a restriction request restricts the usager's open
 * dossiers through {@code RestrictionService}), and the timer that raises one alert per request
 * left unanswered past its due date. Depends on the domain and the access gate.
 */
package org.passerelle.application.rights;
