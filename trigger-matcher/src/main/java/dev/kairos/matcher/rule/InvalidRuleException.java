package dev.kairos.matcher.rule;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rule or request that breaks the API's rules: an RFC 7807 problem listing every broken field and why. */
class InvalidRuleException extends ErrorResponseException {

    /**
     * One broken rule.
     *
     * @param field the JSON path of the field, e.g. {@code conditions.minAmount.currency} or {@code segments[1]}
     * @param reason what is wrong with it
     */
    record FieldError(String field, String reason) {
    }

    private final List<FieldError> errors;

    InvalidRuleException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
        this.errors = List.copyOf(errors);
    }

    InvalidRuleException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    List<FieldError> errors() {
        return errors;
    }

    private static ProblemDetail problem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? errors.getFirst().field() + " " + errors.getFirst().reason()
                        : errors.size() + " fields are invalid");
        problem.setTitle("Invalid rule");
        problem.setProperty("errors", errors);
        return problem;
    }
}
