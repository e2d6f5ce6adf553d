/**
 * PostgreSQL plumbing: JDBC helpers, throwaway databases migrated by the application's Flyway
 * migrations, rows copied in by {@code COPY}.
 */
package org.passerelle.bench.db;
