/**
 * The pages (Jakarta Faces): one backing bean per page, calling the same application services as
 * the API with the same {@link org.passerelle.application.identity.Caller}, so the secrecy rules,
 * the journal and the errors are those of the API. Texts come from the bundles
 * {@code org.passerelle.web.ui.messages_fr} and {@code _en}; nothing personal goes into a title or
 * a URL (ids only).
 */
package org.passerelle.web.ui;
