package io.remedy.records.assessment;

/** An outcome measure's input out of its range: names the field (e.g. {@code odiAnswers[3]}) and what is wrong. */
public class InvalidMeasure extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidMeasure(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
