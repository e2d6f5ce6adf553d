/** {@code /api/v1/me}: who the caller is, as the server sees them. */
package org.passerelle.web.api.me;
