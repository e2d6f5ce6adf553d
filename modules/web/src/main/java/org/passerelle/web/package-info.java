/**
 * The web layer: the REST API under {@code /api/v1} and its problem+json errors. Depends on
 * {@code application}; nothing depends on it. Resources never open transactions and never touch
 * the {@code EntityManager}.
 */
package org.passerelle.web;
