package org.passerelle.report;

import java.time.Instant;
import java.util.List;
import org.passerelle.report.AccessReport.Access;
import org.passerelle.report.AccessReport.Recipient;

/** Reports for the tests; each test states what it changes. */
final class Reports {

    /** 12 March 2026, 14:05 in Paris (winter time, UTC+1). */
    static final Instant WINTER = Instant.parse("2026-03-12T13:05:00Z");
    /** 1 July 2026, 10:30 in Paris (summer time, UTC+2). */
    static final Instant SUMMER = Instant.parse("2026-07-01T08:30:00Z");

    static final Instant PRODUCED = Instant.parse("2026-11-23T09:15:00Z");

    private Reports() {}

    static AccessReport withAccesses(List<Access> accesses, boolean staffNamesIncluded) {
        return withAccesses(accesses, staffNamesIncluded, "Élodie MARTIN, née le 12/03/1984");
    }

    static AccessReport withAccesses(List<Access> accesses, boolean staffNamesIncluded, String usagerDisplayName) {
        return new AccessReport(
                "AR-2026-0042",
                PRODUCED,
                "dpo.saumur",
                "CCAS de Saumur",
                usagerDisplayName,
                List.of("IDENTITY", "CONTACT", "RESOURCES", "HEALTH"),
                List.of("acces-aux-soins", "acces-aux-droits"),
                List.of(
                        new Recipient(
                                "cpam-49",
                                "CPAM de Maine-et-Loire",
                                "acces-aux-soins",
                                List.of("IDENTITY", "HEALTH"),
                                Instant.parse("2026-02-01T10:00:00Z"),
                                null),
                        new Recipient(
                                "caf-49",
                                "CAF de Maine-et-Loire",
                                "acces-aux-droits",
                                List.of("IDENTITY", "RESOURCES"),
                                Instant.parse("2026-01-15T10:00:00Z"),
                                Instant.parse("2026-09-30T10:00:00Z"))),
                accesses,
                staffNamesIncluded);
    }

    static AccessReport typical() {
        return withAccesses(
                List.of(
                        new Access(
                                WINTER,
                                Access.CONSULTATION,
                                "CCAS de Saumur",
                                null,
                                List.of("IDENTITY", "CONTACT"),
                                null),
                        new Access(
                                SUMMER,
                                Access.DISCLOSURE,
                                "CPAM de Maine-et-Loire",
                                "acces-aux-soins",
                                List.of("IDENTITY", "HEALTH"),
                                null)),
                false);
    }
}
