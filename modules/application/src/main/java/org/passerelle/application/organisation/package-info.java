/** The organisations Passerelle knows (CCAS, partners), as the administrator manages them. */
package org.passerelle.application.organisation;
