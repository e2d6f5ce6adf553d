/** {@code /api/v1/delegations}: give, list and end delegations inside a CCAS (S6). */
package org.passerelle.web.api.delegation;
