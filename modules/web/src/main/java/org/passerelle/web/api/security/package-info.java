/** Turns the server-validated OIDC token of a request into the application's {@code Caller}. */
package org.passerelle.web.api.security;
