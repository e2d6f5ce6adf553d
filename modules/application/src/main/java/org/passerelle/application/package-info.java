/**
 * Use cases as transactional services, one package per area, a verb method per use case.
 * Transactions begin here (CDI {@code @Transactional}) and nowhere above; depends on
 * {@code domain} (and later {@code secrecy}, {@code crypto}, {@code journal}, {@code exchange}),
 * never on {@code web}.
 */
package org.passerelle.application;
