/**
 * JPA adapters of the domain's repository ports, and the schema migration run at deployment.
 * The only package of Passerelle that touches the {@code EntityManager}; every repository method
 * requires the transaction opened by an application service ({@code TxType.MANDATORY}).
 */
package org.passerelle.domain.persistence;
