/**
 * The auditor's pages (role {@code auditor}, DPO): the access journal and its integrity, the alert
 * queue, an usager's access report, the orientation indicators. Each bean calls the same service as
 * the API ({@code web.api.journal}, {@code web.api.indicator}) with the same caller, so the page's
 * reads and exports are journaled by the service exactly as the API's are. Filters travel in POSTed
 * forms, never in a URL (they can hold names); texts come from the bundles
 * {@code org.passerelle.web.ui.audit_fr} and {@code _en}. Depends on {@code application} and
 * {@code web.ui}; never on {@code web.api} resources, only on the API's JSON settings for the same
 * report JSON.
 */
package org.passerelle.web.ui.audit;
