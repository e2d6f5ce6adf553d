/**
 * What an usager was told and agreed to about sharing their data (rule S4): the prior notice
 * (information préalable) and consents, per recipient organisation, purpose and category. Both hold
 * no personal value beyond the link to the usager: categories, codes, dates and usernames.
 */
package org.passerelle.domain.consent;
