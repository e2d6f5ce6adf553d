package org.passerelle.web.api.me;

import java.util.List;

/**
 * The caller as the server sees them.
 *
 * @param id               the identity provider's subject id
 * @param username         the login name
 * @param organisation     the organisation code from the token
 * @param organisationName the organisation's name in Passerelle
 * @param organisationKind CCAS, CAF, CPAM or DEPARTEMENT
 * @param roles            the caller's Passerelle roles, sorted
 */
public record MeResponse(
        String id,
        String username,
        String organisation,
        String organisationName,
        String organisationKind,
        List<String> roles) {}
