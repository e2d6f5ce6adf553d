package org.passerelle.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Which explanation the error page gives, from the status the container answered. */
@Named("errorPage")
@RequestScoped
public class ErrorPageBean {

    @Inject
    HttpServletRequest request;

    private int status() {
        Object status = request.getAttribute("passerelle.error.status");
        return status instanceof Integer i ? i : 500;
    }

    public String getTitleKey() {
        return switch (status()) {
            case 403 -> "error.403.title";
            case 404 -> "error.404.title";
            case 503 -> "error.sign-in-unavailable.title";
            default -> "error.500.title";
        };
    }

    public String getTextKey() {
        return switch (status()) {
            case 403 -> "error.403.text";
            case 404 -> "error.404.text";
            case 503 -> "error.sign-in-unavailable.text";
            default -> "error.500.text";
        };
    }

    /** The way on: back home, or, when signing in was unavailable, trying again (the same address). */
    public String getBackKey() {
        return status() == 503 ? "error.sign-in-unavailable.retry" : "error.back";
    }
}
