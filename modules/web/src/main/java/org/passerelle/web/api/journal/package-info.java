/** The auditor's API (S11, S12): the journal, its integrity, its CSV export, and the alert queue. */
package org.passerelle.web.api.journal;
