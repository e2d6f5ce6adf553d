/**
 * The secrecy rules of DESIGN §2 that hold inside a CCAS, as a pure policy over small value types:
 * who of the CCAS staff may read or write a dossier, which fields they see (S6), how much of the
 * NIR they see (S8), which notes may ever be shared (S9) and what a restricted dossier refuses (S15).
 *
 * <p>Also the field catalogue ({@link org.passerelle.secrecy.Field},
 * {@link org.passerelle.secrecy.FieldCategory}) that the journal, the sharing conventions and the
 * user interface name fields by.
 *
 * <p>Plain Java: depends on the JDK only, on nothing of Passerelle's and on no Jakarta EE API, so
 * every rule is tested without a server and every other module may use it.
 */
package org.passerelle.secrecy;
