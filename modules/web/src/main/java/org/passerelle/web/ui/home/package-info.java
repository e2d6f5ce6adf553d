/** The home page's "what waits for me" (issue 18, item 6): counts from {@code application.home}, links to the lists. */
package org.passerelle.web.ui.home;
