/**
 * Data key rotation (administrators): a new version becomes primary at once, and a background job
 * re-encrypts the organisation's rows, history included, in batches; progress is visible, and a
 * crash loses nothing because the rows themselves say which version they are under.
 */
package org.passerelle.application.keys;
