/**
 * The data Passerelle protects and the organisations it serves, one package per aggregate.
 * Each aggregate package holds its entity, value types, repository port and exceptions; only
 * {@code org.passerelle.domain.persistence} touches the {@code EntityManager}. Depends on nothing
 * of Passerelle's but (later) {@code crypto}; never on {@code application} or {@code web}.
 */
package org.passerelle.domain;
