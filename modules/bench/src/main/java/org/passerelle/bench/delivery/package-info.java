/**
 * P4: partner delivery through the outbox to the partner simulator, and the outbox write against a
 * plain insert.
 */
package org.passerelle.bench.delivery;
