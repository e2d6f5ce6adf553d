/**
 * {@code /api/v1/indicators}: pseudonymised figures for the CCAS's auditor and administrator. No
 * logic here: {@code IndicatorService} checks the role, journals the read and computes.
 */
package org.passerelle.web.api.indicator;
