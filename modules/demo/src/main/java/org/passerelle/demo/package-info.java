/**
 * The demo data seeder ({@link org.passerelle.demo.DemoData}): fictitious usagers of the two demo
 * CCAS, registered through the REST API as an agent would, so that they are sealed and indexed
 * exactly like real data.
 *
 * <p>Allowed dependencies: the JDK, Jackson, and the stack kit's API client and fictitious people
 * ({@code passerelle-testing}, without its stack-starting parts). Nothing of the server: the seeder
 * is a client of the API and must not reach around it.
 */
package org.passerelle.demo;
