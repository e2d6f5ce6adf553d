/**
 * The demo data seeder ({@link org.passerelle.demo.DemoData}): fictitious usagers of the two demo
 * CCAS, registered through the REST API as an agent would, so that they are sealed and indexed
 * exactly like real data.
 *
 * <p>Allowed dependencies: the JDK ({@code java.net.http}) and Jackson. Nothing of ours at run
 * time: the seeder is a client of the API and must not reach around it; {@code passerelle-crypto}
 * is used by the tests only, to check the NIRs against the server's own rules.
 */
package org.passerelle.demo;
