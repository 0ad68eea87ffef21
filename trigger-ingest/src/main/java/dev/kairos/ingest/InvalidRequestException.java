package dev.kairos.ingest;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request that breaks the API's rules: answered as an RFC 7807 problem listing every broken field. */
public class InvalidRequestException extends ErrorResponseException {

    /**
     * One broken rule.
     *
     * @param field the JSON path of the field, e.g. {@code url} or {@code [2].company.name}
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
    }

    public InvalidRequestException(String title, List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, problem(title, errors), null);
    }

    private static ProblemDetail problem(String title, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? errors.getFirst().field() + " " + errors.getFirst().message()
                        : errors.size() + " fields are invalid");
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }
}
