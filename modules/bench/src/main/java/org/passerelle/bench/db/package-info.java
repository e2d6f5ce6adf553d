/**
 * PostgreSQL plumbing: JDBC helpers, throwaway databases migrated by the application's Flyway
 * migrations, binary {@code COPY}, JDBC URL edits.
 */
package org.passerelle.bench.db;
