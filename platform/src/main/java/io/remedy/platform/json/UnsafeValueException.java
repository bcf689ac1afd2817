package io.remedy.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.remedy.platform.problem.ShownReason;

/**
 * A value that is well-formed JSON but not one we store: a control character or an unpaired surrogate in a text, a
 * date outside the sane window. Its {@link #reason()} is safe to show; the value itself is never echoed (it may be
 * personal data, or a byte a client cannot print).
 */
public final class UnsafeValueException extends InvalidFormatException implements ShownReason {

    private final String reason;

    UnsafeValueException(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, null, targetType);
        this.reason = reason;
    }

    /** Why the value was refused, e.g. {@code contains a control character (U+0000)}. */
    @Override
    public String reason() {
        return reason;
    }
}
