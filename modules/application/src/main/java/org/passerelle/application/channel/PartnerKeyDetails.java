package org.passerelle.application.channel;

/** What an administrator registers for a partner system (docs/partner-exchange.md §1). */
public record PartnerKeyDetails(String openpgp, String tlsCertificate, String sshHostKey) {}
