/**
 * The administrator's pages (role {@code admin}, enforced by web.xml on {@code /ui/admin/*} and again
 * by each service): conventions and the health of each partner's channel, dead deliveries to resend,
 * data key rotations. One request-scoped bean per page, calling the same services as the API. Texts
 * come from the bundles {@code org.passerelle.web.ui.admin_fr} and {@code _en} (view variable
 * {@code admin}); nothing personal is shown: partner codes, ids, counts and error codes only.
 */
package org.passerelle.web.ui.admin;
