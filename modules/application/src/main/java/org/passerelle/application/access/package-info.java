/**
 * The access gate: the one way personal data is opened and the one writer of access entries
 * (S3, S11). A use case gathers the facts and asks the pure policy of {@code modules/secrecy}; the
 * gate then journals a refusal and hands back the exception to throw, or opens exactly the fields
 * the work asks for and writes one entry naming exactly those. {@code ArchitectureTest} keeps it the
 * only code that opens a sealed field, writes to the journal or makes an {@code AccessRefusedException}.
 */
package org.passerelle.application.access;
