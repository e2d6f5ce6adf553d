/**
 * {@code /api/v1/conventions}: the conventions de partage. Administrators write them; CCAS agents
 * read the active ones. Field keys travel as the catalogue's published keys; the version is the
 * ETag, and a revision sends it back in {@code If-Match}.
 */
package org.passerelle.web.api.convention;
