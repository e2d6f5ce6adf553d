/**
 * Prior notices ({@code /prior-notices}), consents ({@code /consents}) and objections
 * ({@code /objections}) of an usager (S4, S5).
 * They hold no sealed value, so the application's views are the responses.
 */
package org.passerelle.web.api.consent;
