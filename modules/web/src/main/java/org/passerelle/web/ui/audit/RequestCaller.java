package org.passerelle.web.ui.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.passerelle.application.identity.Caller;

/**
 * The caller of the current request, for the view-scoped beans: a {@link Caller} is a dependent
 * record, which a bean kept across requests may neither hold (it would outlive its token) nor
 * serialise; this request-scoped proxy can be held, and answers for each request anew.
 */
@RequestScoped
public class RequestCaller {

    @Inject
    Caller caller;

    Caller get() {
        return caller;
    }
}
