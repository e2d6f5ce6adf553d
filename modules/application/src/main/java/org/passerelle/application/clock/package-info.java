/**
 * The application's time: one producer of {@link java.time.Clock} (the system clock in UTC) that
 * every service and page injects. Depends on nothing of ours.
 */
package org.passerelle.application.clock;
