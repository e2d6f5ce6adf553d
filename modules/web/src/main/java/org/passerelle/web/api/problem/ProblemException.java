package org.passerelle.web.api.problem;

/** A refusal the web layer decides itself (a missing header, say), carrying its problem. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.slug());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
