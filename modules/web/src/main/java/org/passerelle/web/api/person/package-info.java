/** {@code /api/v1/persons}: register, read, update and find usagers (NIR only in request bodies). */
package org.passerelle.web.api.person;
