/** {@code /api/v1/key-rotations}: administrators rotate an organisation's data key and follow the job. */
package org.passerelle.web.api.keys;
