/**
 * The shapes every use case's input shares, whatever path it came by (API, pages, partner
 * channels): text that a database, a log line or another system can hold as written
 * ({@link SafeText}), and a page of a list ({@link Paging}). Plain Java, no container.
 */
package org.passerelle.application.input;
