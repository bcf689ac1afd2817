package io.remedy.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class ValidationProblemsTest {

    record Item(@NotNull String code) {
    }

    record Request(@NotNull String startsAt, @Size(max = 3) String note, List<@jakarta.validation.Valid Item> items) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void listsEveryOffendingFieldByItsJsonName() {
        Problem problem = ValidationProblems.of(validator.validate(
                new Request(null, "too long", List.of(new Item("a"), new Item(null)))));
        assertEquals(400, problem.status());
        assertEquals(ProblemType.VALIDATION.uri(), problem.type());
        assertEquals(List.of("items[1].code", "note", "startsAt"),
                problem.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void dropsMethodAndBodyParameterFromTheFieldName() throws NoSuchMethodException {
        var method = Resource.class.getMethod("book", Request.class, Integer.class);
        var violations = validator.forExecutables().validateParameters(new Resource(), method,
                new Object[] {new Request(null, null, List.of()), 500});
        Problem problem = ValidationProblems.of(violations);
        assertEquals(List.of("limit", "startsAt"), problem.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aSingleFieldIsNamedInTheDetail() {
        Problem problem = ProblemException.validation("startsAt", "must be in the future").problem();
        assertEquals("startsAt: must be in the future", problem.detail());
    }

    public static class Resource {
        public void book(@jakarta.validation.Valid Request request,
                         @jakarta.validation.constraints.Max(100) Integer limit) {
        }
    }
}
