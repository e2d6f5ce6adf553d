/**
 * The usager's access report (DESIGN S14, GDPR art. 15): {@link org.passerelle.report.AccessReport}
 * is the report as a plain value (its JSON form is that record, serialised by the web layer), and
 * {@link org.passerelle.report.AccessReportPdf} renders it as the French PDF handed to the usager.
 *
 * <p>The report says what the usager may learn and nothing more: categories, purposes, recipient
 * organisations and the consultations and disclosures of the journal, with staff names only when
 * the DPO asked for them. It is built by the caller from the journal; this package reads nothing and
 * logs nothing.
 *
 * <p>Allowed dependencies: the JDK and Apache PDFBox; nothing of Passerelle's and no
 * {@code jakarta.*}, so the rendering is tested without a server. The layout classes are
 * package-private; only the record and the renderer are API.
 */
package org.passerelle.report;
