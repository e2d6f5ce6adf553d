/**
 * Conventions de partage: administrators write them (allow-lists per partner, cadre and purpose,
 * channel, delays, rejection reasons); CCAS agents read the active ones to pick the fields of an
 * orientation; the referral use case finds the one an orientation rests on ({@code activeFor}).
 * Conventions hold no personal value, so reads are not journaled; every change is in the Envers
 * history with its actor.
 */
package org.passerelle.application.convention;
