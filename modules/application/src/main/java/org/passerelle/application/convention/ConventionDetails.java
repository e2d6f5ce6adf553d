package org.passerelle.application.convention;

import org.passerelle.secrecy.Cadre;

/**
 * A new convention: the partner, cadre and purpose that identify it, and its terms. Absent terms
 * take the defaults: the inbox, reminder after 10 days, expiry after 30 (DESIGN §4), and the
 * standard rejection reasons; the allowed fields have no default.
 *
 * @param partner the partner organisation's code, e.g. {@code caf-49}
 * @param purpose the purpose code, as consents name it, e.g. {@code acces-aux-droits}
 */
public record ConventionDetails(String partner, Cadre cadre, String purpose, ConventionTerms terms) {}
