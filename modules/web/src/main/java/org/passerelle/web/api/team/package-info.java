/** {@code /api/v1/team}: the CCAS manager's working lists (issue 18, item 3). */
package org.passerelle.web.api.team;
