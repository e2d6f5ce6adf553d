/** Work the server does on its own, on the managed scheduler: sealing, retention, key rotation, timers. */
package org.passerelle.application.background;
