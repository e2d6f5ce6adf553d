/**
 * Who is calling: the authenticated person as the identity provider vouches for them
 * ({@link org.passerelle.application.identity.Caller}), and the use case that resolves their
 * organisation.
 */
package org.passerelle.application.identity;
